package nl.wijkatlas.indicator;

import nl.wijkatlas.geodata.AreaLevel;

/**
 * A figure against the other areas of its level in its gemeente for the same indicator
 * and period: how many have a present, normal figure, their median and range, and where
 * this one ranks (1 = highest; null when this figure is not among them).
 *
 * @param level the level compared within
 * @param count how many areas have a figure
 * @param median their median
 * @param min the lowest
 * @param max the highest
 * @param rank this figure's place, 1 for the highest, or null
 */
public record Peers(AreaLevel level, int count, Double median, Double min, Double max, Integer rank) {

}
