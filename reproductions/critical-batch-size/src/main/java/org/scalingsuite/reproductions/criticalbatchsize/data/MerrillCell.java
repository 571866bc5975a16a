package org.scalingsuite.reproductions.criticalbatchsize.data;

/**
 * One cell of Merrill et al.'s (2025) Table 1 or 2.
 *
 * @param line   the line in the source file
 * @param table  {@code T1} or {@code T2}
 * @param method {@code batch_size_warmup}, {@code small_batch_control} or {@code large_batch_control}
 * @param metric e.g. {@code train_loss_avg_last_10B_tokens}, {@code c4_loss}, {@code task_bpb}
 * @param stage  {@code pretraining}, {@code midtraining} or {@code total_incl_anneal}
 * @param value  the published number (losses in nats/token, BPB in bits/byte, steps saved in percent)
 */
public record MerrillCell(long line, String table, String method, String metric, String stage, double value) {
}
