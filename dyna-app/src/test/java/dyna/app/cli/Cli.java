package dyna.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code dyna} command in process, as the tests of this package meet it. */
final class Cli {

    private Cli() {
    }

    /** What a command did: its exit code and what it printed. */
    record Result(int code, String out, String err) {
    }

    /** Runs {@code dyna ARGS...}. */
    static Result dyna(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DynaCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
