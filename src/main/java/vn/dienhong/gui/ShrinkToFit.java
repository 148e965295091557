package vn.dienhong.gui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows one node at full size when it fits, and otherwise scaled down as a whole (type, spacing and
 * all) just enough to fit but never below {@code smallest}, beyond which a scroll pane around it
 * scrolls, so that a long list of people on the chair display shrinks evenly instead of being cut off.
 */
final class ShrinkToFit extends Region {
    private static final double STEP = 0.02;
    private final Node content;
    private final double smallest;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ShrinkToFit(Node content, double smallest) {
        this.content = content;
        this.smallest = smallest;
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    /** The scale the content is drawn at now (1 = full size). */
    double scale() {
        return scale.getX();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double s = 1;
        // a smaller scale gives the content more room across, so its lines wrap less: try until it fits
        for (int step = 1; s > smallest && heightAt(s, width) > height; step++) {
            s = Math.max(smallest, 1 - step * STEP);
        }
        scale.setX(s);
        scale.setY(s);
        double contentWidth = width / s;
        content.resizeRelocate(0, 0, contentWidth, content.prefHeight(contentWidth));
    }

    private double heightAt(double s, double width) {
        return content.prefHeight(width / s) * s;
    }

    /**
     * Never less than the content needs at the smallest scale, so that a scroll pane scrolls the rest;
     * asked without a width (a scroll pane deciding on its bar does), the width it has now counts.
     */
    @Override
    protected double computeMinHeight(double width) {
        double across = width > 0 ? width : getWidth();
        return across <= 0 ? 0 : heightAt(smallest, across);
    }

    @Override
    protected double computePrefHeight(double width) {
        return computeMinHeight(width);
    }

    /** Its height depends on its width, and a scroll pane must be told so to ask with the width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }
}
