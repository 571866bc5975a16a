package org.scalingsuite.reproductions.overtraining.data;

/**
 * One validation-set evaluation of a final checkpoint ({@code results[]} of a model file).
 *
 * @param set            the validation-set key, e.g. {@code c4_val} (the paper's "C4 eval")
 * @param loss           mean next-token cross-entropy, nats per token
 * @param sequencesLower lower end of the 95% interval from bootstrapping over sequences
 * @param sequencesUpper upper end of that interval
 */
public record ValidationLoss(String set, double loss, double sequencesLower, double sequencesUpper) {
}
