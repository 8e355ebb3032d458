package nl.wijkatlas.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The static first frame of a profile's locator map, as SVG: the picture the interactive
 * map draws once MapLibre (about 300 kB of script) has arrived — the area filled among
 * its neighbours of the same level, its parent dashed around it, its children dotted
 * within — in Web Mercator with the interactive map's camera (the area's box with a fifth
 * of the map as margin, never closer than zoom 15) and its colours (web/src/map.js,
 * web/src/area-tiles.js). The profile shows it at once (the server's HTML preloads it)
 * and the interactive map replaces it when its first view is complete, so a reader on a
 * slow phone connection sees where the area lies seconds earlier. A few kilobytes
 * compressed.
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

	/** MapLibre's fitBounds padding on the profile map: a fifth of the map per side. */
	private static final double MARGIN = 0.2;

	/**
	 * The interactive map's maxZoom for an area (15), in Web Mercator metres per pixel.
	 */
	private static final double FINEST_METRES_PER_PIXEL = 40075016.686 / (256 * Math.pow(2, 15));

	private final JdbcClient jdbc;

	LocatorMaps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An area to draw, its part in the picture, and its outline as SVG path data in
	 * pixels.
	 */
	record Part(String role, String path) {
	}

	/** The locator SVG of an area, or empty for an unknown code. */
	Optional<String> svg(String code) {
		List<Part> parts = parts(code);
		return parts.isEmpty() ? Optional.empty() : Optional.of(draw(parts));
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
				       -- Cut 8 pixels outside the picture (the cut edges stay out of sight); ST_AsSVG
				       -- writes y negated: (y - top) * scale comes out as (top - y) * scale.
				       ST_AsSVG(ST_SimplifyPreserveTopology(
				         ST_TransScale(ST_Intersection(b.geom_3857, ST_Expand(box.env, 8 / box.scale)),
				                       -box.x0, -box.y1, box.scale, box.scale), 0.5), 1, 1) as path
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
			.query((rs, i) -> new Part(rs.getString("role"), rs.getString("path")))
			.list();
	}

	private static String draw(List<Part> parts) {
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1$d %2$d\" width=\"%1$d\" height=\"%2$d\">"
						+ "<rect width=\"%1$d\" height=\"%2$d\" fill=\"#eef2f5\"/>",
				WIDTH, SIZE));
		for (Part part : parts) {
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
			svg.append("<path fill-rule=\"evenodd\" stroke-linejoin=\"round\" ")
				.append(style)
				.append(" d=\"")
				.append(part.path())
				.append("\"/>");
		}
		return svg.append("</svg>").toString();
	}

}
