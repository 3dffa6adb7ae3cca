package org.whatmatters.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.whatmatters.plan.PlanWorkflow.WellbeingPoint;

/**
 * A person's ONS4 scores across their conversations, laid out for an SVG line chart (drawn with SVG
 * attributes, so the strict Content-Security-Policy needs no inline styles), with a table of the same numbers.
 */
public record WellbeingChart(List<Series> series, List<Tick> ticks, List<Row> rows, int width, int height) {

    static final int WIDTH = 560;
    static final int HEIGHT = 260;
    static final int LEFT = 40;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    public record Dot(int x, int y, Integer value, String label) {}

    public record Series(String name, String css, String points, List<Dot> dots) {}

    public record Tick(int x, String label) {}

    public record Row(String date, String flow, Integer lifeSatisfaction, Integer worthwhile, Integer happiness, Integer anxiety) {}

    static WellbeingChart of(List<WellbeingPoint> points) {
        int n = points.size();
        int plotWidth = WIDTH - LEFT - RIGHT;
        List<Tick> ticks = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            WellbeingPoint p = points.get(i);
            String date = p.at().atZoneSameInstant(ZoneId.of("Europe/London")).format(DAY);
            ticks.add(new Tick(x(i, n, plotWidth), date));
            rows.add(new Row(date, p.flowId(), p.lifeSatisfaction(), p.worthwhile(), p.happiness(), p.anxiety()));
        }
        List<Series> series = List.of(
                series("Life satisfaction", "s1", points, WellbeingPoint::lifeSatisfaction, plotWidth),
                series("Worthwhile", "s2", points, WellbeingPoint::worthwhile, plotWidth),
                series("Happiness", "s3", points, WellbeingPoint::happiness, plotWidth),
                series("Anxiety", "s4", points, WellbeingPoint::anxiety, plotWidth));
        return new WellbeingChart(series, ticks, rows, WIDTH, HEIGHT);
    }

    private static Series series(String name, String css, List<WellbeingPoint> points, Function<WellbeingPoint, Integer> score, int plotWidth) {
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Integer v = score.apply(points.get(i));
            if (v == null) {
                continue;
            }
            int x = x(i, points.size(), plotWidth);
            int y = y(v);
            dots.add(new Dot(x, y, v, name + ": " + v));
            line.append(line.length() == 0 ? "" : " ").append(x).append(',').append(y);
        }
        return new Series(name, css, line.toString(), dots);
    }

    static int x(int i, int n, int plotWidth) {
        return n <= 1 ? LEFT + plotWidth / 2 : LEFT + i * plotWidth / (n - 1);
    }

    static int y(int score) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        return TOP + (10 - score) * plotHeight / 10;
    }

    /** Grid lines at 0, 5 and 10. */
    public List<Integer> gridScores() {
        return List.of(0, 5, 10);
    }

    public int yFor(int score) {
        return y(score);
    }

    public boolean empty() {
        return rows.isEmpty() || series.stream().allMatch(s -> s.dots().isEmpty());
    }
}
