package vn.dienhong.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dienhong.gui.Console;

/** The command line: no arguments opens the operator console; --headless runs the same hall without a window. */
@Command(name = "dienhong", mixinStandardHelpOptions = true, version = "Diên Hồng 0.1",
        description = "Diên Hồng – phòng họp không giấy (paperless council sessions).",
        sortOptions = false, subcommands = {ExportCommand.class, VerifyCommand.class})
final class DienHongCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--headless", description = "Run the hall server without a window (rack server, automation, tests).")
    private boolean headless;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (database and documents). "
            + "Default: data.dir in the config, else ~/.dienhong (%%APPDATA%%\\DienHong on Windows).")
    private Path data;

    @Option(names = "--port", paramLabel = "N", description = "Tablet port (default 8080, from the config; 0 = any free port).")
    private Integer port;

    @Option(names = "--demo", description = "Seed the demo session when the data folder is empty.")
    private boolean demo;

    @Option(names = "--demo-delegates", paramLabel = "N", defaultValue = "50",
            description = "Number of demo delegates, 3 to 999 (default ${DEFAULT-VALUE}).")
    private int demoDelegates;

    @Option(names = "--config", paramLabel = "FILE", description = "A settings file layered over config/dienhong.properties.")
    private Path config;

    @Option(names = "--full-screen", description = "Open the console in kiosk full screen.")
    private boolean fullScreen;

    @Override
    public Integer call() {
        if (port != null && (port < 0 || port > 65535)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        if (demoDelegates < 3 || demoDelegates > 999) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--demo-delegates must be between 3 and 999");
        }
        HallConfig settings = HallConfig.load(config);
        if (port != null) {
            settings.set("server.port", port.toString());
        }
        if (data != null) {
            settings.set("data.dir", data.toString());
        }
        Hall hall = Hall.open(settings.dataDir(), settings.settings(), settings.serverOptions(), demo ? demoDelegates : 0);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Diên Hồng đang chạy. Máy tính bảng mở địa chỉ / Tablets open:");
        hall.tabletAddresses().forEach(a -> out.println("  " + a));
        out.flush();
        if (headless) {
            waitForShutdown(hall);
        } else {
            try (hall) {
                Console.run(hall.services(), hall.tabletAddresses(), fullScreen, hall.archive());
            }
        }
        return 0;
    }

    private static void waitForShutdown(Hall hall) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hall.close();
            stopped.countDown();
        }, "hall-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
