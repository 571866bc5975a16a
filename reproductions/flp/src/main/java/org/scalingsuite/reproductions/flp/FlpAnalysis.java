package org.scalingsuite.reproductions.flp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.scalingsuite.core.parallel.Parallel;
import org.scalingsuite.core.reproduction.Progress;
import org.scalingsuite.reproductions.flp.data.Checkpoint;
import org.scalingsuite.reproductions.flp.data.LadderData;
import org.scalingsuite.reproductions.flp.data.LadderRun;
import org.scalingsuite.reproductions.flp.data.Target;

/**
 * Runs FLP's two stages, the FP baseline and FLP-M's stage 2 on the loaded ladder. Every fit except FLP-M's
 * network is closed-form least squares, so the results are deterministic to rounding.
 *
 * @param data        the ladder
 * @param stage1      FLOPs to loss, on the final checkpoints
 * @param stage2      loss to accuracy, per task (in {@link FlpRecipe#BENCHMARKS} order)
 * @param baseline    FLOPs to accuracy, per task
 * @param networks    FLP-M's stage 2, per task
 * @param predictions per task and target (task-major, targets in data order)
 */
public record FlpAnalysis(LadderData data, Stage1Fit stage1, List<Stage2Fit> stage2,
        List<FlopsPerformanceFit> baseline, List<NetworkTrainer.Result> networks, List<Prediction> predictions) {

    public FlpAnalysis {
        stage2 = List.copyOf(stage2);
        baseline = List.copyOf(baseline);
        networks = List.copyOf(networks);
        predictions = List.copyOf(predictions);
    }

    /**
     * One task's predictions for one target; errors are relative, in percent.
     *
     * @param benchmark        the task
     * @param target           the target
     * @param actual           the target's measured accuracy
     * @param predictedLoss    stage 1's loss at the target's compute
     * @param flp              FLP end to end: stage 2 at stage 1's predicted loss
     * @param baseline         FP: a + b log10 C
     * @param stage2AtActual   stage 2 alone, fed the target's actual c4 loss
     * @param flpm             FLP-M's stage 2 fed the target's actual domain losses
     */
    public record Prediction(Benchmark benchmark, Target target, double actual, double predictedLoss, double flp,
            double baseline, double stage2AtActual, double flpm) {

        public double flpError() {
            return FlpRecipe.relativeErrorPercent(flp, actual);
        }

        public double baselineError() {
            return FlpRecipe.relativeErrorPercent(baseline, actual);
        }

        public double stage2Error() {
            return FlpRecipe.relativeErrorPercent(stage2AtActual, actual);
        }

        public double flpmError() {
            return FlpRecipe.relativeErrorPercent(flpm, actual);
        }
    }

    /** Fits everything; FLP-M's networks are trained on {@code threads} threads (the result does not depend on it). */
    public static FlpAnalysis run(LadderData data, NetworkTrainer trainer, int threads, Progress progress) {
        List<LadderRun> runs = data.runs();
        double[] finalCompute = runs.stream().mapToDouble(LadderRun::finalCompute).toArray();
        double[] finalLoss = runs.stream().mapToDouble(r -> r.last().metric(FlpRecipe.LOSS)).toArray();
        Stage1Fit stage1 = Stage1Fit.fit(finalCompute, finalLoss);

        List<Checkpoint> all = runs.stream().flatMap(r -> r.checkpoints().stream()).toList();
        EmergenceFilter filter = FlpRecipe.emergenceFilter();
        List<Stage2Fit> stage2 = new ArrayList<>();
        List<FlopsPerformanceFit> baseline = new ArrayList<>();
        List<EmergenceFilter.Selection> selections = new ArrayList<>();
        for (Benchmark b : FlpRecipe.BENCHMARKS) {
            EmergenceFilter.Selection s = filter.select(all, b);
            selections.add(s);
            double[] loss = s.kept().stream().mapToDouble(c -> c.metric(FlpRecipe.LOSS)).toArray();
            double[] accuracy = s.kept().stream().mapToDouble(b::accuracy).toArray();
            stage2.add(new Stage2Fit(b, LinearFit.of(loss, accuracy), s.dropped()));
            double[] finalAccuracy = runs.stream().mapToDouble(r -> b.accuracy(r.last())).toArray();
            baseline.add(FlopsPerformanceFit.fit(b, finalCompute, finalAccuracy));
        }
        progress.update("stage 1, stage 2 and FP fits", 0.3);

        int tasks = FlpRecipe.BENCHMARKS.size();
        NetworkTrainer.Result[] networks = new NetworkTrainer.Result[tasks];
        int workers = Math.max(1, Math.min(threads, tasks));
        int[] done = {0};
        Runnable[] jobs = new Runnable[workers];
        for (int w = 0; w < workers; w++) {
            int first = w;
            jobs[w] = () -> {
                for (int t = first; t < tasks; t += workers) {
                    networks[t] = trainNetwork(trainer, FlpRecipe.BENCHMARKS.get(t), selections.get(t).kept());
                    synchronized (done) {
                        done[0]++;
                        progress.update("FLP-M stage 2 networks", 0.3 + 0.7 * done[0] / tasks);
                    }
                }
            };
        }
        Parallel.runAll(jobs);

        List<Prediction> predictions = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            Benchmark b = FlpRecipe.BENCHMARKS.get(t);
            for (Target target : data.targets()) {
                Checkpoint c = target.checkpoint();
                double predictedLoss = stage1.predict(target.compute());
                predictions.add(new Prediction(b, target, b.accuracy(c), predictedLoss,
                        stage2.get(t).predict(predictedLoss), baseline.get(t).predict(target.compute()),
                        stage2.get(t).predict(c.metric(FlpRecipe.LOSS)), networks[t].network().predict(domainLosses(c))));
            }
        }
        return new FlpAnalysis(data, stage1, stage2, baseline, List.of(networks), predictions);
    }

    private static NetworkTrainer.Result trainNetwork(NetworkTrainer trainer, Benchmark b, List<Checkpoint> kept) {
        double[][] x = new double[kept.size()][];
        double[] y = new double[kept.size()];
        for (int i = 0; i < y.length; i++) {
            x[i] = domainLosses(kept.get(i));
            y[i] = b.accuracy(kept.get(i));
        }
        return trainer.fit(x, y);
    }

    /** @return a checkpoint's FLP-M inputs: its {@link FlpRecipe#DOMAIN_LOSSES}. */
    static double[] domainLosses(Checkpoint c) {
        return FlpRecipe.DOMAIN_LOSSES.stream().mapToDouble(c::metric).toArray();
    }

    /** @return the predictions for one target, in task order. */
    public List<Prediction> predictionsFor(Target target) {
        return predictions.stream().filter(p -> p.target().equals(target)).toList();
    }

    /** @return the prediction for one task and target. */
    public Prediction prediction(String benchmark, Target target) {
        return predictions.stream().filter(p -> p.target().equals(target) && p.benchmark().name().equals(benchmark))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no prediction for " + benchmark));
    }

    /** Mean of |error| over the tasks for one target, in percent, for one of the error accessors. */
    public double meanAbsoluteError(Target target, ToDoubleFunction<Prediction> error) {
        return predictionsFor(target).stream().mapToDouble(p -> Math.abs(error.applyAsDouble(p))).average()
                .orElse(Double.NaN);
    }

    /** Number of tasks with |error| at most {@code bound} percent for one target. */
    public long within(Target target, ToDoubleFunction<Prediction> error, double bound) {
        return predictionsFor(target).stream().filter(p -> Math.abs(error.applyAsDouble(p)) <= bound).count();
    }
}
