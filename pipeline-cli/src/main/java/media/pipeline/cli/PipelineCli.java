package media.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/pipeline}'s Java side: the commands that talk HTTP to the running services. */
@Command(name = "pipeline", mixinStandardHelpOptions = true, subcommands = {IngestCommand.class},
        description = "Client of the broadcast transcript pipeline.")
public final class PipelineCli implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PipelineCli()).execute(args));
    }
}
