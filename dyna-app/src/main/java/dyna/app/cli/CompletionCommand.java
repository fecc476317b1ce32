package dyna.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyna completion bash}: a completion script for bash (and zsh's bashcompinit), from the commands themselves. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a shell completion script for every dyna command and option. Load it with "
                + "'source <(./dyna completion bash)', or save it in ~/.local/share/bash-completion/completions/dyna.")
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "The shell: bash (zsh reads it after 'autoload bashcompinit; "
            + "bashcompinit').")
    String shell;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new UsageException("cannot write a completion script for '" + shell + "'; valid: bash, zsh");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("dyna", spec.root().commandLine()));
        // picocli's script completes 'dyna'; the repository's launcher is './dyna'.
        out.println("complete -F _complete_dyna -o default ./dyna");
        out.flush();
        return 0;
    }
}
