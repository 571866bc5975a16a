package org.scalingsuite.reproductions.hitchhiker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.scalingsuite.core.parallel.Parallel;
import org.scalingsuite.reproductions.hitchhiker.data.Checkpoint;
import org.scalingsuite.reproductions.hitchhiker.data.ModelFamily;

/**
 * The fits of the Hitchhiker protocol: which tasks each experiment runs on a family, and how one task is fitted
 * and scored.
 *
 * <p>ARE (Choshen et al. 2024, Sec. 3.2) = mean over the target's last-30% checkpoints of
 * {@code |L - L_hat| / L}, in percent, where L is the family's own loss value.
 */
public final class Protocol {

    private final LevenbergMarquardt solver;

    Protocol(LevenbergMarquardt solver) {
        this.solver = solver;
    }

    /** @return the protocol with the recipe's solver. */
    public static Protocol standard() {
        return new Protocol(HitchhikerRecipe.solver());
    }

    /**
     * @return the tasks of one experiment on a family whose largest model is the target; the training models are
     *         the others, smallest first (the authors' loops over k = 2 ... n - 1)
     */
    public static List<FitTask> tasks(Experiment experiment, ModelFamily family) {
        List<String> models = family.models();
        String target = models.get(models.size() - 1);
        List<String> candidates = models.subList(0, models.size() - 1);
        int n = candidates.size();
        int step = kStep(models.size());
        List<FitTask> tasks = new ArrayList<>();
        switch (experiment) {
            case NO_CUT, CUT_10B -> {
                for (int k = 2; k <= n; k += step) {
                    for (double p : HitchhikerRecipe.PERCENTAGES) {
                        tasks.add(new FitTask(experiment, family, candidates.subList(0, k), target, p));
                    }
                }
            }
            case SCALE_UP -> {
                for (int k = 2; k <= n; k += step) {
                    for (int end = k; end <= n; end++) {
                        tasks.add(new FitTask(experiment, family, candidates.subList(end - k, end), target, 1.0));
                    }
                }
            }
            case ONE_MODEL -> {
                for (String model : models) {
                    for (double p : HitchhikerRecipe.PERCENTAGES) {
                        tasks.add(new FitTask(experiment, family, List.of(model), target, p));
                    }
                }
            }
            case MINIMAL_CUT -> {
                for (int k = 2; k <= n; k += step) {
                    for (double m : HitchhikerRecipe.MINIMAL_CUTS) {
                        tasks.add(new FitTask(experiment, family, candidates.subList(0, k), target, m));
                    }
                }
            }
            case CLOSER_IN_SCALE -> {
                int w = HitchhikerRecipe.WINDOW_MODELS;
                for (int end = w; end <= n; end++) {
                    for (double p : HitchhikerRecipe.PERCENTAGES) {
                        tasks.add(new FitTask(experiment, family, candidates.subList(end - w, end), target, p));
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown experiment " + experiment);
        }
        return tasks;
    }

    /**
     * @return the step of the authors' loop over k for a family of {@code models} models: 1 up to 20 models,
     *         floor(models / 5) above 20 and 10 above 60
     */
    static int kStep(int models) {
        return models > 60 ? 10 : models > 20 ? models / 5 : 1;
    }

    /** @return the training checkpoints of a task. */
    public static List<Checkpoint> trainingRows(FitTask task) {
        return switch (task.experiment()) {
            case NO_CUT -> Selection.rows(task.family(), task.train(), Double.NaN, task.parameter(), false);
            case CUT_10B, SCALE_UP, ONE_MODEL, CLOSER_IN_SCALE ->
                    Selection.rows(task.family(), task.train(), Double.NaN, task.parameter(), true);
            case MINIMAL_CUT -> Selection.rows(task.family(), task.train(),
                    task.parameter() * HitchhikerRecipe.TEST_FRACTION, HitchhikerRecipe.TEST_FRACTION, true);
        };
    }

    /** @return the scored target checkpoints of a task (cut where the authors cut the test set). */
    public static List<Checkpoint> testRows(FitTask task) {
        boolean cut = task.experiment() != Experiment.NO_CUT && task.experiment() != Experiment.CUT_10B;
        return Selection.test(task.family(), task.target(), cut);
    }

    /** Fits one task and scores it on its target. */
    public CellResult run(FitTask task) {
        List<Checkpoint> train = trainingRows(task);
        List<Checkpoint> test = testRows(task);
        if (train.isEmpty() || test.isEmpty()) {
            return new CellResult(task.experiment(), task.family().name(), task.train(), task.target(),
                    task.parameter(), train.size(), test.size(), Double.NaN, new double[0], false,
                    "no fit: " + (train.isEmpty() ? "no training checkpoint passes the selection" : "no target rows"));
        }
        boolean oneModel = task.experiment() == Experiment.ONE_MODEL;
        LevenbergMarquardt.Result fit = oneModel
                ? solver.minimize(oneModel(train), HitchhikerRecipe.ONE_MODEL_START, HitchhikerRecipe.ONE_MODEL_LOWER)
                : solver.minimize(ChinchillaResiduals.full(train), HitchhikerRecipe.START, HitchhikerRecipe.LOWER);
        double are = are(oneModel ? oneModel(test) : ChinchillaResiduals.full(test), fit.x(), test);
        return new CellResult(task.experiment(), task.family().name(), task.train(), task.target(), task.parameter(),
                train.size(), test.size(), are, fit.x(), fit.converged(), fit.detail());
    }

    private static ChinchillaResiduals oneModel(List<Checkpoint> rows) {
        return ChinchillaResiduals.oneModel(rows, HitchhikerRecipe.FIXED_A, HitchhikerRecipe.FIXED_ALPHA);
    }

    /** @return ARE in percent: 100 x mean |L - L_hat| / L over {@code test}. */
    static double are(ChinchillaResiduals model, double[] parameters, List<Checkpoint> test) {
        double[] predicted = model.predict(parameters);
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double y = test.get(i).loss();
            sum += Math.abs(y - predicted[i]) / y;
        }
        return 100 * sum / predicted.length;
    }

    /**
     * Runs every task on {@code threads} threads; results are in task order whatever the scheduling.
     *
     * @param done called with the number of finished tasks (from worker threads)
     */
    public List<CellResult> runAll(List<FitTask> tasks, int threads, IntConsumer done) {
        CellResult[] results = new CellResult[tasks.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, tasks.size()));
        Runnable[] runners = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            runners[w] = () -> {
                for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                    results[i] = run(tasks.get(i));
                    done.accept(finished.incrementAndGet());
                }
            };
        }
        Parallel.runAll(runners);
        return List.of(results);
    }
}
