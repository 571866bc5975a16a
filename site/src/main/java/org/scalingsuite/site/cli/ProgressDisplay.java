package org.scalingsuite.site.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.scalingsuite.core.reproduction.Progress;

/**
 * Shows the progress of one reproduction on standard error: a redrawn bar on an interactive terminal,
 * plain lines (one per stage) when output is piped. Safe to call from worker threads.
 */
public final class ProgressDisplay implements Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final boolean interactive;
    private String lastStage = "";
    private int lastPercent = -1;

    public ProgressDisplay(PrintStream out, String label, boolean interactive) {
        this.out = out;
        this.label = label;
        this.interactive = interactive;
    }

    /** @return true when standard input and output are a terminal. */
    public static boolean interactiveTerminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void update(String stage, double fraction) {
        int percent = (int) Math.floor(100 * Math.max(0, Math.min(1, fraction)));
        if (interactive) {
            if (percent == lastPercent && stage.equals(lastStage)) {
                return;
            }
            int filled = percent * WIDTH / 100;
            out.print(String.format(Locale.ROOT, "\r%-22s [%s%s] %3d%% %-40s", label, "#".repeat(filled),
                    ".".repeat(WIDTH - filled), percent, stage.length() > 40 ? stage.substring(0, 40) : stage));
            out.flush();
        } else if (!stage.equals(lastStage)) {
            out.println(label + ": " + stage);
        }
        lastStage = stage;
        lastPercent = percent;
    }

    /** Ends the bar's line (interactive) after the reproduction finished. */
    public synchronized void finish(String summary) {
        if (interactive) {
            out.print("\r" + " ".repeat(WIDTH + 72) + "\r");
        }
        out.println(label + ": " + summary);
        out.flush();
    }
}
