package org.scalingsuite.reproductions.hitchhiker.data;

/**
 * One evaluated checkpoint of one model: the data point of the Hitchhiker protocol. Intermediate
 * checkpoints are data points exactly like final ones (Choshen et al. 2024, Sec. 3.1).
 *
 * @param model      the model's name within its family, e.g. {@code OPT-13b}
 * @param parameters the model's (nominal) parameter count N
 * @param tokens     the tokens seen when the checkpoint was evaluated, D
 * @param loss       the family's loss value at this checkpoint (see the family's loss definition)
 * @param line       the line of the source file the value was read from
 */
public record Checkpoint(String model, double parameters, double tokens, double loss, long line) {
}
