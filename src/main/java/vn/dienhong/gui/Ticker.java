package vn.dienhong.gui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Runs a task four times a second while a node is in a showing window, so a countdown on screen
 * keeps pace with the hall's own timer and costs nothing once its window is closed.
 */
final class Ticker {
    private static final Duration PERIOD = Duration.millis(250);

    private Ticker() {
    }

    /** Starts and stops {@code task} with the showing of {@code node}'s window; call on the JavaFX thread. */
    static void whileShowing(Node node, Runnable task) {
        Timeline timeline = new Timeline(new KeyFrame(PERIOD, e -> task.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        node.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .subscribe(showing -> {
                    if (showing) {
                        task.run();
                        timeline.play();
                    } else {
                        timeline.stop();
                    }
                });
    }
}
