package vn.dienhong.app;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The jar's entry point. It is deliberately not a JavaFX Application: a class that extends
 * Application cannot be the main class of a plain class path ("JavaFX runtime components are missing").
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int exit = new CommandLine(new DienHongCommand())
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // a person reads this: say what happened, not a stack trace (that goes to the log)
                    LoggerFactory.getLogger(Launcher.class).error("Diên Hồng could not start", e);
                    commandLine.getErr().println("Không khởi động được Diên Hồng: " + e.getMessage());
                    return 1;
                })
                .execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
