package vn.dienhong.gui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls a long form to a field before the robot clicks it, as the operator would with the mouse wheel. */
final class FormRobot {
    private FormRobot() {
    }

    /** Scrolls the scroll pane around the node of {@code query} so that the node is in view; returns the query. */
    static String reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane scroll = null;
            for (Node n = node.getParent(); n != null && scroll == null; n = n.getParent()) {
                if (n instanceof ScrollPane s) {
                    scroll = s;
                }
            }
            if (scroll == null) {
                return;
            }
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                double top = inContent.getMinY() - scroll.getViewportBounds().getHeight() / 3;
                scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }
}
