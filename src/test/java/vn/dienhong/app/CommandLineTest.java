package vn.dienhong.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad arguments print usage and exit non-zero, before anything is opened. */
class CommandLineTest {

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DienHongCommand()).setErr(new PrintWriter(err));
        return new Run(cli.execute(args), err.toString());
    }

    @Test
    void unknownOptionPrintsUsage() {
        Run run = run("--frobnicate");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("Unknown option").contains("--headless").contains("--demo-delegates");
    }

    @Test
    void portMustBeANumberInRange() {
        assertThat(run("--headless", "--port", "abc").exit()).isNotZero();
        Run outOfRange = run("--headless", "--port", "70000");
        assertThat(outOfRange.exit()).isNotZero();
        assertThat(outOfRange.err()).contains("--port");
    }

    @Test
    void demoSizeIsBounded() {
        Run run = run("--headless", "--demo", "--demo-delegates", "2");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("--demo-delegates");
    }

    @Test
    void helpListsEveryOption() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new DienHongCommand()).setOut(new PrintWriter(out)).execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--headless", "--data", "--port", "--demo", "--demo-delegates", "--config");
    }
}
