package nl.wijkatlas.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The static pictures of the maps, as SVG, drawn the way the interactive map (MapLibre,
 * about 300 kB of script) draws them, in Web Mercator and with its colours
 * (web/src/map.js, web/src/area-tiles.js), with the areas' names at their label points
 * (left out where they would overlap one already placed).
 * <ul>
 * <li>A profile's locator map: the area filled among its neighbours of the same level,
 * its parent dashed around it, its children dotted within, with the interactive map's
 * camera (the area's box with a fifth of the map as margin, never closer than zoom 15).
 * The profile shows it at once (the server's HTML preloads it); on a desktop the
 * interactive map replaces it when its first view is complete, on a phone it is the map
 * until the reader asks for the interactive one.</li>
 * <li>The atlas's map of one level of a gemeente, every area a path with its code
 * ({@code data-code}), which the page colours with the figures it has (so the classes are
 * the page's own, web/src/map-still.js) until the reader asks for the interactive
 * map.</li>
 * </ul>
 * A few kilobytes compressed.
 */
@Component
class LocatorMaps {

	/** The picture's height in CSS pixels (the profile's map is about that high). */
	static final int SIZE = 360;

	/**
	 * Its width: three squares, the area in the middle one. The page crops it to the
	 * map's shape (object-fit: cover), so a phone's square map shows the middle and a
	 * desktop's wide one the neighbours left and right, at the same scale.
	 */
	static final int WIDTH = 3 * SIZE;

	/** The levels the atlas draws. */
	static final Set<String> ATLAS_LEVELS = Set.of("STADSDEEL", "WIJK", "BUURT");

	/** MapLibre's fitBounds padding on the profile map: a fifth of the map per side. */
	private static final double MARGIN = 0.2;

	/** The atlas picture's margin around the gemeente, in pixels (the map's padding). */
	private static final int ATLAS_PADDING = 12;

	/**
	 * The interactive map's maxZoom for an area (15), in Web Mercator metres per pixel.
	 */
	private static final double FINEST_METRES_PER_PIXEL = 40075016.686 / (256 * Math.pow(2, 15));

	/** The page's typeface (web/src/styles.css, --font). */
	private static final String FONT = "'Segoe UI', 'Helvetica Neue', Arial, system-ui, sans-serif";

	/**
	 * CBS's number before a wijk's name, which residents do not say
	 * (web/src/map-labels.js).
	 */
	private static final Pattern WIJK_NUMBER = Pattern.compile("^Wijk\\s+\\d+\\s+", Pattern.CASE_INSENSITIVE);

	private final JdbcClient jdbc;

	LocatorMaps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An area to draw: its part in the picture, its outline as SVG path data in pixels,
	 * and its name, label point and width in pixels (the label point may be null).
	 */
	record Part(String role, String code, String name, String path, Double labelX, Double labelY, double width) {
	}

	/** A picture: its size in pixels and its parts, drawn bottom to top. */
	record Picture(int width, int height, List<Part> parts) {
	}

	/** The locator SVG of an area, or empty for an unknown code. */
	Optional<String> svg(String code) {
		List<Part> parts = parts(code);
		return parts.isEmpty() ? Optional.empty() : Optional.of(draw(new Picture(WIDTH, SIZE, parts), false));
	}

	/**
	 * The atlas SVG of the areas of {@code level} in {@code gemeente}, or empty when it
	 * has none.
	 */
	Optional<String> atlasSvg(String gemeente, String level) {
		if (!ATLAS_LEVELS.contains(level)) {
			return Optional.empty();
		}
		Picture picture = atlasPicture(gemeente, level);
		return picture.parts().isEmpty() ? Optional.empty() : Optional.of(draw(picture, true));
	}

	/**
	 * The area's neighbours of its level in its gemeente within the picture, the area,
	 * its parent (not the gemeente: that would be the whole map) and its children, moved
	 * and scaled to the picture's pixels and simplified to half a pixel. Drawn bottom to
	 * top: neighbours, the area, its children's lines, its parent's line.
	 */
	private List<Part> parts(String code) {
		return this.jdbc.sql("""
				with focus as (
				  select a.code, a.level, a.gemeente_code, a.parent_code, b.geom_3857 as g
				  from area a join area_boundary b on b.area_code = a.code and b.is_current
				  where a.code = :code),
				frame as (
				  select greatest(greatest(ST_XMax(g) - ST_XMin(g), ST_YMax(g) - ST_YMin(g)) / (1 - 2 * :margin),
				                  :finest * :size) as side,
				         (ST_XMin(g) + ST_XMax(g)) / 2 as cx, (ST_YMin(g) + ST_YMax(g)) / 2 as cy
				  from focus),
				box as (
				  select ST_MakeEnvelope(cx - 1.5 * side, cy - side / 2, cx + 1.5 * side, cy + side / 2, 3857) as env,
				         cx - 1.5 * side as x0, cy + side / 2 as y1, :size / side as scale
				  from frame)
				select case when a.code = f.code then 'selected'
				            when a.code = f.parent_code then 'parent'
				            when a.parent_code = f.code then 'child'
				            else 'neighbour' end as role,
				       a.code, a.name,
				""" + PIXELS + """
				from focus f cross join box
				join area a on a.code = f.code
				     or (a.level = f.level and a.gemeente_code = f.gemeente_code)
				     or (a.code = f.parent_code and a.level <> 'GEMEENTE')
				     or a.parent_code = f.code
				join area_boundary b on b.area_code = a.code and b.is_current and b.geom_3857 && box.env
				order by case when a.code = f.code then 1 when a.parent_code = f.code then 2
				              when a.code = f.parent_code then 3 else 0 end, a.code
				""")
			.param("code", code)
			.param("margin", MARGIN)
			.param("finest", FINEST_METRES_PER_PIXEL)
			.param("size", (double) SIZE)
			.query((rs, i) -> part(rs))
			.list();
	}

	/**
	 * The columns of a part in the picture's pixels, given {@code box} (env, x0, y1,
	 * scale) and the boundary {@code b}: the outline cut 8 pixels outside the picture
	 * (the cut edges stay out of sight; ST_AsSVG writes y negated: (y - top) * scale
	 * comes out as (top - y) * scale), the label point and the width.
	 */
	private static final String PIXELS = """
			       ST_AsSVG(ST_SimplifyPreserveTopology(
			         ST_TransScale(ST_Intersection(b.geom_3857, ST_Expand(box.env, 8 / box.scale)),
			                       -box.x0, -box.y1, box.scale, box.scale), 0.5), 1, 1) as path,
			       (ST_X(ST_Transform(b.label_point_wgs84, 3857)) - box.x0) * box.scale as label_x,
			       (box.y1 - ST_Y(ST_Transform(b.label_point_wgs84, 3857))) * box.scale as label_y,
			       (ST_XMax(b.geom_3857) - ST_XMin(b.geom_3857)) * box.scale as width
			""";

	private static Part part(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Part(rs.getString("role"), rs.getString("code"), rs.getString("name"), rs.getString("path"),
				rs.getObject("label_x", Double.class), rs.getObject("label_y", Double.class), rs.getDouble("width"));
	}

	/**
	 * The areas of a level in a gemeente, fitted into a picture {@value #SIZE} pixels
	 * wide (as high as the gemeente's shape needs, within a square and a half) with the
	 * map's padding.
	 */
	private Picture atlasPicture(String gemeente, String level) {
		record Extent(double width, double height) {
		}
		Extent extent = this.jdbc.sql("""
				select ST_XMax(e) - ST_XMin(e) as w, ST_YMax(e) - ST_YMin(e) as h from (
				  select ST_Extent(b.geom_3857) as e from area a
				  join area_boundary b on b.area_code = a.code and b.is_current
				  where a.gemeente_code = :gemeente and a.level = :level) x
				""")
			.param("gemeente", gemeente)
			.param("level", level)
			.query((rs, i) -> new Extent(rs.getDouble("w"), rs.getDouble("h")))
			.single();
		if (extent.width() <= 0 || extent.height() <= 0) {
			return new Picture(SIZE, SIZE, List.of());
		}
		double inner = SIZE - 2.0 * ATLAS_PADDING;
		int height = (int) Math
			.round(Math.min(1.5 * SIZE, extent.height() / extent.width() * inner + 2 * ATLAS_PADDING));
		double scale = Math.min(inner / extent.width(), (height - 2.0 * ATLAS_PADDING) / extent.height());
		List<Part> parts = this.jdbc.sql("""
				with ext as (
				  select ST_Extent(b.geom_3857) as e from area a
				  join area_boundary b on b.area_code = a.code and b.is_current
				  where a.gemeente_code = :gemeente and a.level = :level),
				box as (
				  select ST_SetSRID(ST_Expand(e::geometry, :pad / :scale), 3857) as env,
				         (ST_XMin(e) + ST_XMax(e)) / 2 - :w / 2 / :scale as x0,
				         (ST_YMin(e) + ST_YMax(e)) / 2 + :h / 2 / :scale as y1, :scale as scale
				  from ext)
				select 'area' as role, a.code, a.name,
				""" + PIXELS + """
				from box cross join area a
				join area_boundary b on b.area_code = a.code and b.is_current
				where a.gemeente_code = :gemeente and a.level = :level
				order by a.code
				""")
			.param("gemeente", gemeente)
			.param("level", level)
			.param("pad", (double) ATLAS_PADDING)
			.param("scale", scale)
			.param("w", (double) SIZE)
			.param("h", (double) height)
			.query((rs, i) -> part(rs))
			.list();
		return new Picture(SIZE, height, parts);
	}

	private static String draw(Picture picture, boolean atlas) {
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1$d %2$d\" width=\"%1$d\" height=\"%2$d\">"
						+ "<rect width=\"%1$d\" height=\"%2$d\" fill=\"#eef2f5\"/>",
				picture.width(), picture.height()));
		for (Part part : picture.parts()) {
			if (part.path() == null || part.path().isBlank()) {
				continue;
			}
			String style = switch (part.role()) {
				case "selected" -> "fill=\"#e17000\" fill-opacity=\"0.5\" stroke=\"#0b0c0c\" stroke-width=\"4\"";
				case "parent" -> "fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2.5\" stroke-dasharray=\"7.5 5\"";
				case "child" ->
					"fill=\"none\" stroke=\"#154273\" stroke-opacity=\"0.8\" stroke-width=\"1\" stroke-dasharray=\"1 1.5\"";
				default -> "fill=\"#5b8fc9\" fill-opacity=\"0.15\" stroke=\"#154273\" stroke-width=\"1.2\"";
			};
			svg.append("<path fill-rule=\"evenodd\" stroke-linejoin=\"round\" ");
			if (atlas) {
				svg.append("data-code=\"").append(escape(part.code())).append("\" ");
			}
			svg.append(style).append(" d=\"").append(part.path()).append("\"/>");
		}
		List<Label> labels = placeLabels(picture, atlas);
		if (!labels.isEmpty()) {
			// Dark text with a white halo (drawn under it), as the interactive map's
			// names.
			svg.append("<g font-family=\"")
				.append(FONT)
				.append("\" fill=\"#0b0c0c\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\""
						+ " paint-order=\"stroke\" text-anchor=\"middle\" dominant-baseline=\"central\">");
			for (Label label : labels) {
				svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" font-weight=\"%d\"",
						label.x(), label.y(), label.size(), label.bold() ? 700 : 600));
				if (atlas) {
					svg.append(" data-code=\"").append(escape(label.code())).append('"');
				}
				svg.append('>').append(escape(label.text())).append("</text>");
			}
			svg.append("</g>");
		}
		return svg.append("</svg>").toString();
	}

	/** A name placed in the picture, centred on (x, y). */
	record Label(String code, String text, double x, double y, int size, boolean bold) {
	}

	/**
	 * The names to write, as the interactive map places them (web/src/map-labels.js): the
	 * area first, then its children, then its neighbours, larger before smaller; a name
	 * is left out when it would overlap one already placed, leave the picture, cross the
	 * edge of the middle square a phone's map shows of a locator, or be much wider than
	 * its area (it would name the neighbours' ground). The parent's line is not named.
	 */
	static List<Label> placeLabels(Picture picture, boolean atlas) {
		List<Part> order = new ArrayList<>(picture.parts()
			.stream()
			.filter((p) -> p.labelX() != null && p.labelY() != null && !p.role().equals("parent"))
			.toList());
		order.sort(Comparator.comparingInt((Part p) -> switch (p.role()) {
			case "selected" -> 0;
			case "child" -> 1;
			default -> 2;
		}).thenComparing(Comparator.comparingDouble(Part::width).reversed()));
		List<double[]> placed = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		for (Part part : order) {
			boolean selected = part.role().equals("selected");
			int size = selected ? 15 : (part.role().equals("child") ? 11 : 12);
			String text = WIJK_NUMBER.matcher(part.name()).replaceFirst("").trim();
			// A generous estimate of the text's width: the picture is drawn in a font the
			// server cannot measure.
			double width = text.length() * size * 0.58;
			double height = size * 1.25;
			if (!selected && width > part.width() * 1.5) {
				continue;
			}
			double margin = 3;
			double[] box = { part.labelX() - width / 2 - margin, part.labelY() - height / 2 - margin,
					part.labelX() + width / 2 + margin, part.labelY() + height / 2 + margin };
			if (box[0] < 0 || box[1] < 0 || box[2] > picture.width() || box[3] > picture.height()) {
				continue;
			}
			if (!atlas && crosses(box, SIZE) || !atlas && crosses(box, 2 * SIZE)) {
				continue;
			}
			if (placed.stream().anyMatch((other) -> overlaps(other, box))) {
				continue;
			}
			placed.add(box);
			labels.add(new Label(part.code(), text, part.labelX(), part.labelY(), size, selected));
		}
		return labels;
	}

	private static boolean crosses(double[] box, double x) {
		return box[0] < x && box[2] > x;
	}

	private static boolean overlaps(double[] a, double[] b) {
		return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
