package org.scalingsuite.reproductions.hitchhiker;

import java.util.List;
import org.scalingsuite.reproductions.hitchhiker.data.ModelFamily;

/**
 * One scaling-law fit of the protocol: which models train it, up to which fraction of tokens, and which model
 * it predicts.
 *
 * @param experiment the experiment
 * @param family     the scaled family
 * @param train      the training models, smallest first
 * @param target     the predicted (largest) model
 * @param parameter  the fraction p, or the keep-last fraction m for {@link Experiment#MINIMAL_CUT}
 */
public record FitTask(Experiment experiment, ModelFamily family, List<String> train, String target,
        double parameter) {

    public FitTask {
        train = List.copyOf(train);
    }
}
