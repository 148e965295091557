package vn.dienhong.gui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads and clicks the console's list rows the way an operator sees them: a fresh read from the hall
 * briefly puts every row aside, so each helper waits until the row is drawn again.
 */
final class ListRows {
    private ListRows() {
    }

    /** Clicks a list row once it is drawn. */
    static void clickCell(FxRobot robot, String cell) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(cell).match(Node::isVisible).tryQuery()
                .isPresent());
        robot.clickOn(cell);
    }

    /** The text of a label or button. */
    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /**
     * The texts of a drawn row, read on the FX thread; a row being redrawn (the tab title or a fresh
     * read changes the layout) has no labels for a pulse, so this waits until the row is drawn again.
     */
    static List<String> cellTexts(FxRobot robot, String cell) throws Exception {
        AtomicReference<List<String>> texts = new AtomicReference<>(List.of());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            texts.set(WaitForAsyncUtils.asyncFx(() -> drawnTexts(robot, cell)).get());
            return !texts.get().isEmpty();
        });
        return texts.get();
    }

    /** Every text shown inside a list cell; none while the cell is not there or not drawn yet. */
    static List<String> drawnTexts(FxRobot robot, String cell) {
        Node node = robot.lookup(cell).match(Node::isVisible).tryQuery().orElse(null);
        return node == null ? List.of()
                : robot.from(node).lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }
}
