package dyna.app;

import dyna.app.cli.DynaCommand;
import java.io.PrintWriter;

/** The entry point of the {@code dyna} command. */
public final class Main {

    private static final String GUICE_BYTECODE = "guice_bytecode_gen_option";

    private Main() {
    }

    /** Runs the command and exits with its code: 0 done, 1 failed, 2 usage error, 3 some runs failed (the others kept). */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // Guice builds its agents by reflection, not generated classes: its class definer reaches
        // into sun.misc.Unsafe, which JDK 24 and later warn of on stderr (JEP 498) and will deny.
        // Dyna uses no method interception, the one thing generation is needed for.
        if (System.getProperty(GUICE_BYTECODE) == null) {
            System.setProperty(GUICE_BYTECODE, "DISABLED");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(DynaCommand.execute(args, out, err));
    }
}
