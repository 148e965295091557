package vn.dienhong.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dienhong.logic.ArchiveVerifier;

/** {@code dienhong verify OUT}: anyone, later, proves that an exported record is as it was written. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Kiểm tra một hồ sơ đã xuất: mọi tệp và chuỗi nhật ký còn nguyên vẹn.",
            "Check an exported record: exit 0 and \"intact\", or non-zero naming the first file or audit entry "
                + "that does not match."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "OUT", description = "The export folder.")
    private Path folder;

    @Override
    public Integer call() {
        ArchiveVerifier.Report report = ArchiveVerifier.verify(folder);
        if (report.intact()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("intact – hồ sơ nguyên vẹn: " + folder);
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("KHÔNG NGUYÊN VẸN (not intact): " + report.problems().get(0));
        report.problems().stream().skip(1).forEach(p -> err.println("  " + p));
        err.flush();
        return 1;
    }
}
