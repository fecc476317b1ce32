package dyna.app;

import dyna.app.cli.DynaCommand;
import java.io.PrintWriter;

/** The entry point of the {@code dyna} command. */
public final class Main {

    private Main() {
    }

    /** Runs the command and exits with its code: 0 done, 1 failed, 2 usage error, 3 some runs failed (the others kept). */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(DynaCommand.execute(args, out, err));
    }
}
