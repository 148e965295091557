package vn.dienhong.gui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The sittings and agenda items of the meeting being prepared, kept consistent as the operator edits:
 * a new sitting follows the last one (morning, then afternoon), and items stay in a sitting that exists.
 */
final class MeetingDraftRows {
    private static final LocalTime MORNING = LocalTime.of(8, 0);
    private static final LocalTime AFTERNOON = LocalTime.of(14, 0);
    private final BiFunction<LocalDate, Boolean, String> titles;
    private final ObservableList<SittingDraft> sittings = FXCollections.observableArrayList();
    private final ObservableList<ItemDraft> items = FXCollections.observableArrayList();
    private final ObservableList<Integer> sittingNumbers = FXCollections.observableArrayList();

    /** {@code titles} names a sitting from its day and whether it is in the morning. */
    MeetingDraftRows(BiFunction<LocalDate, Boolean, String> titles) {
        this.titles = titles;
        sittings.addListener((ListChangeListener<SittingDraft>) change -> {
            sittingNumbers.setAll(IntStream.rangeClosed(1, sittings.size()).boxed().toList());
            int last = Math.max(1, sittings.size());
            items.stream().filter(i -> i.sittingProperty().get() == null || i.sittingProperty().get() > last)
                    .forEach(i -> i.sittingProperty().set(last));
        });
    }

    /** Adds a sitting: the first on {@code firstDay} at 08:00, then the afternoon, then the next morning. */
    void addSitting(LocalDate firstDay) {
        if (sittings.isEmpty()) {
            sittings.add(sitting(firstDay, true));
            return;
        }
        SittingDraft last = sittings.get(sittings.size() - 1);
        LocalDate day = last.dateProperty().get() == null ? firstDay : last.dateProperty().get();
        boolean lastInMorning = SittingDraft.parseTime(last.timeProperty().get()).map(t -> t.isBefore(LocalTime.NOON))
                .orElse(true);
        sittings.add(lastInMorning ? sitting(day, false) : sitting(day == null ? null : day.plusDays(1), true));
    }

    private SittingDraft sitting(LocalDate day, boolean morning) {
        return new SittingDraft(titles.apply(day, morning), day, (morning ? MORNING : AFTERNOON).toString());
    }

    /** Removes a sitting; at least one stays, since a meeting needs one. */
    void removeSitting(SittingDraft sitting) {
        if (sittings.size() > 1) {
            sittings.remove(sitting);
        }
    }

    /** Adds an agenda item in the last sitting. */
    void addItem() {
        items.add(new ItemDraft(Math.max(1, sittings.size())));
    }

    void removeItem(ItemDraft item) {
        items.remove(item);
    }

    /**
     * Moves every sitting by as many days as the meeting's first day moved, renaming those that still
     * carry the name the form gave them, so changing the date does not leave sittings outside the meeting.
     */
    void moveSittings(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        for (SittingDraft s : sittings) {
            LocalDate day = s.dateProperty().get();
            if (day != null) {
                boolean morning = SittingDraft.parseTime(s.timeProperty().get()).map(t -> t.isBefore(LocalTime.NOON))
                        .orElse(true);
                boolean named = titles.apply(day, morning).equals(s.titleProperty().get());
                s.dateProperty().set(day.plusDays(days));
                if (named) {
                    s.titleProperty().set(titles.apply(day.plusDays(days), morning));
                }
            }
        }
    }

    ObservableList<SittingDraft> sittings() {
        return sittings;
    }

    ObservableList<ItemDraft> items() {
        return items;
    }

    /** 1, 2, … one per sitting: what an item's sitting can be chosen from. */
    ObservableList<Integer> sittingNumbers() {
        return sittingNumbers;
    }
}
