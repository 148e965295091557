package vn.dienhong.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dienhong.model.AgendaItem;
import vn.dienhong.model.HallEvent;

/** The console's view model against a real demo hall, without any window: a single thread plays the UI thread. */
class ConsoleViewModelTest {
    private static final String ADDRESS = "http://192.168.1.20:8080/";
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private ConsoleTestHall hall;
    private ConsoleViewModel model;

    private ConsoleViewModel start(ConsoleTestHall testHall) throws Exception {
        hall = testHall;
        model = new ConsoleViewModel(hall.services, List.of(ADDRESS, "http://10.0.0.5:8080/"), ui,
                ZoneId.of("Asia/Ho_Chi_Minh"));
        onUi(() -> {
            model.start();
            return null;
        });
        awaitOnUi(() -> !model.loadingProperty().get());
        return model;
    }

    @AfterEach
    void close() throws Exception {
        if (model != null) {
            onUi(() -> {
                model.dispose();
                return null;
            });
        }
        ui.shutdownNow();
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    void loadsTheDemoMeetingWithItemOneUnderDiscussion() throws Exception {
        start(ConsoleTestHall.demo());

        assertThat(onUi(() -> model.agenda().items().size())).isEqualTo(9);
        assertThat(onUi(() -> model.agenda().currentItemProperty().get().ordinal())).isEqualTo(1);
        assertThat(onUi(() -> model.header().councilLineProperty().get()))
                .isEqualTo("Hội đồng nhân dân tỉnh Lạc Hồng – khóa XVII");
        assertThat(onUi(() -> model.header().meetingTitleProperty().get()))
                .isEqualTo("Kỳ họp thứ Sáu, Hội đồng nhân dân tỉnh Lạc Hồng khóa XVII");
        assertThat(onUi(() -> model.header().sittingLineProperty().get()))
                .startsWith("Phiên họp sáng ").endsWith(", khai mạc lúc 08:00");
        assertThat(onUi(() -> model.header().demoProperty().get())).isTrue();
        assertThat(onUi(() -> model.loadingProperty().get())).isFalse();
        assertThat(onUi(() -> model.errorMessageProperty().get())).isEmpty();
        assertThat(model.tablets().primaryAddress()).isEqualTo(ADDRESS);
        assertThat(model.tablets().otherAddresses()).containsExactly("http://10.0.0.5:8080/");
    }

    @Test
    void movingToItemThreeFollowsTheHallEventAndFeedsIt() throws Exception {
        start(ConsoleTestHall.demo());
        AgendaItem third = hall.item(3);

        onUi(() -> {
            model.agenda().moveTo(third);
            return model.agenda().movingProperty().get();
        });
        // the hall announces the move before it answers the console, so "moving" ends a moment later
        awaitOnUi(() -> model.agenda().currentItemProperty().get().ordinal() == 3
                && !model.agenda().movingProperty().get());

        assertThat(hall.snapshot().meeting().currentAgendaItemId()).isEqualTo(third.id());
        HallEvent newest = onUi(() -> model.feed().entries().get(0));
        assertThat(newest.type()).isEqualTo("agenda.changed");
        assertThat(onUi(() -> model.feed().describe(newest, model.language().messages())))
                .isEqualTo("Chuyển sang nội dung 3: " + third.title());
        assertThat(onUi(() -> model.errorMessageProperty().get())).isEmpty();
    }

    @Test
    void aMoveMadeElsewhereMovesTheConsoleAndItsSitting() throws Exception {
        start(ConsoleTestHall.demo());

        // item 4 belongs to the afternoon sitting: the header must follow the hall there
        assertThat(hall.services.meetings().moveTo(hall.item(4).id()).get(5, TimeUnit.SECONDS)).isTrue();
        awaitOnUi(() -> model.agenda().currentItemProperty().get().ordinal() == 4);

        assertThat(onUi(() -> model.header().sittingLineProperty().get()))
                .startsWith("Phiên họp chiều ").endsWith("khai mạc lúc 14:00");
    }

    @Test
    void aMoveTheHallRefusesLeavesTheItemAndTellsTheOperatorWhatToDo() throws Exception {
        start(ConsoleTestHall.demo());
        AgendaItem stranger = new AgendaItem(987_654, 1, null, 99, "Không thuộc kỳ họp", "Không ai", 5);

        onUi(() -> {
            model.agenda().moveTo(stranger);
            return null;
        });
        awaitOnUi(() -> !model.errorMessageProperty().get().isEmpty());

        assertThat(onUi(() -> model.errorMessageProperty().get()))
                .startsWith("Không chuyển được").contains("Tải lại");
        assertThat(onUi(() -> model.agenda().currentItemProperty().get().ordinal())).isEqualTo(1);
        onUi(() -> {
            model.language().use(Locale.ENGLISH);
            return null;
        });
        assertThat(onUi(() -> model.errorMessageProperty().get())).startsWith("Could not move");
    }

    @Test
    void tabletCountFollowsConnectionsAndDisconnections() throws Exception {
        start(ConsoleTestHall.demo());
        assertThat(onUi(() -> model.tablets().countProperty().get())).isZero();

        hall.services.presence().connected();
        hall.services.presence().connected();
        hall.services.presence().connected();
        awaitOnUi(() -> model.tablets().countProperty().get() == 3);
        hall.services.presence().disconnected();
        awaitOnUi(() -> model.tablets().countProperty().get() == 2);

        assertThat(onUi(() -> model.language().format("tablets.connected", model.tablets().countProperty()).get()))
                .isEqualTo("Máy tính bảng đang kết nối: 2");
    }

    @Test
    void feedKeepsTheNewestFiftyAndNamesUnknownEventsByTheirType() throws Exception {
        start(ConsoleTestHall.demo());
        for (int i = 0; i < 60; i++) {
            hall.services.events().publish("test.ping", Map.of("n", i));
        }
        awaitOnUi(() -> !model.feed().entries().isEmpty() && model.feed().entries().get(0).data().get("n").equals(59));

        List<HallEvent> feed = onUi(() -> List.copyOf(model.feed().entries()));
        assertThat(feed).hasSize(EventFeedViewModel.KEPT);
        assertThat(feed.get(feed.size() - 1).data().get("n")).isEqualTo(10);
        assertThat(model.feed().describe(feed.get(0), Messages.of(Locale.forLanguageTag("vi")))).isEqualTo("test.ping");
        assertThat(model.feed().time(feed.get(0))).matches("\\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void aRunningCountUpdatesItsLineInsteadOfFloodingTheFeed() throws Exception {
        start(ConsoleTestHall.demo());
        hall.services.events().publish("agenda.note", Map.of());
        for (int voted = 10; voted <= 50; voted += 10) {
            hall.services.events().publish("vote.progress", Map.of("voteId", 7L, "voted", voted));
        }
        awaitOnUi(() -> !model.feed().entries().isEmpty()
                && model.feed().entries().get(0).data().get("voted").equals(50));

        List<HallEvent> feed = onUi(() -> List.copyOf(model.feed().entries()));
        assertThat(feed).extracting(HallEvent::type).containsExactly("vote.progress", "agenda.note");
        assertThat(model.feed().describe(feed.get(0), Messages.of(Locale.forLanguageTag("vi"))))
                .isEqualTo("Đang biểu quyết: 50 đại biểu đã biểu quyết");
    }

    @Test
    void anEmptyHallAsksTheOperatorToCreateAMeetingAndReloadClearsIt() throws Exception {
        start(ConsoleTestHall.empty());
        assertThat(onUi(() -> model.errorMessageProperty().get())).startsWith("Chưa có kỳ họp nào");

        hall.seed();
        onUi(() -> {
            model.reload();
            return null;
        });
        awaitOnUi(() -> model.agenda().items().size() == 9);
        assertThat(onUi(() -> model.errorMessageProperty().get())).isEmpty();
    }

    @Test
    void englishReplacesEveryWordAndVietnameseStaysVietnameseOnAnEnglishPc() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            start(ConsoleTestHall.demo());
            assertThat(onUi(() -> model.language().text("agenda.heading").get())).isEqualTo("Chương trình kỳ họp");

            onUi(() -> {
                model.language().toggle();
                return null;
            });
            assertThat(onUi(() -> model.language().text("agenda.heading").get())).isEqualTo("Session agenda");
            assertThat(onUi(() -> model.header().councilLineProperty().get()))
                    .isEqualTo("Hội đồng nhân dân tỉnh Lạc Hồng – term XVII");
        } finally {
            Locale.setDefault(before);
        }
    }

    private <T> T onUi(Callable<T> task) throws Exception {
        return ui.submit(task).get(5, TimeUnit.SECONDS);
    }

    private void awaitOnUi(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!onUi(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
