package nl.wijkatlas.pages;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The link-preview image of a view (Open Graph {@code og:image}, oEmbed
 * {@code thumbnail_url}): a 1200 × 630 PNG drawn here from the boundaries — the areas of
 * a level around the one the page is about, that one filled — with the page's title
 * beside it. Made by the server from its own data, so no screenshot service or internet
 * is involved. Text is drawn only when the JVM has a font; without one the image is the
 * map alone (the title is in the page's metadata anyway).
 */
@Component
class PreviewImages {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final Log logger = LogFactory.getLog(PreviewImages.class);

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

	private static final Color BACKGROUND = new Color(0xf3f5f7);

	private static final Color AREA = new Color(0xdbe4ee);

	private static final Color OUTLINE = new Color(0x154273);

	private static final Color FOCUS = new Color(0xe17c05);

	private final JdbcClient jdbc;

	PreviewImages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One area to draw: its code and its outline as PostGIS SVG path data (RD New, y
	 * negated).
	 */
	record Shape(String code, String svg) {
	}

	/**
	 * The areas of {@code level} in the gemeente (only those under {@code parent} when
	 * given), simplified to what 800 pixels can show.
	 */
	List<Shape> shapes(String gemeente, String level, String parent) {
		return this.jdbc.sql("""
				select a.code, ST_AsSVG(ST_SimplifyPreserveTopology(b.geom_rd, 15), 0, 0) as svg
				from area a join area_boundary b on b.area_code = a.code and b.is_current
				where a.gemeente_code = :gemeente and a.level = :level
				  and (cast(:parent as text) is null or a.parent_code = :parent)
				order by a.code
				""")
			.param("gemeente", gemeente)
			.param("level", level)
			.param("parent", parent)
			.query((rs, i) -> new Shape(rs.getString("code"), rs.getString("svg")))
			.list();
	}

	/** The PNG: the shapes, {@code focus} filled, with a title and a line under it. */
	byte[] render(List<Shape> shapes, String focus, String title, String subtitle) throws IOException {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(BACKGROUND);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			drawMap(g, shapes, focus, new Rectangle2D.Double(440, 30, 730, 570));
			drawText(g, title, subtitle);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static void drawMap(Graphics2D g, List<Shape> shapes, String focus, Rectangle2D box) {
		List<Path2D> paths = shapes.stream().map((s) -> path(s.svg())).toList();
		Rectangle2D extent = null;
		for (Path2D path : paths) {
			extent = (extent == null) ? path.getBounds2D() : extent.createUnion(path.getBounds2D());
		}
		if (extent == null || extent.getWidth() <= 0 || extent.getHeight() <= 0) {
			return;
		}
		double scale = Math.min(box.getWidth() / extent.getWidth(), box.getHeight() / extent.getHeight());
		AffineTransform fit = new AffineTransform();
		fit.translate(box.getCenterX() - extent.getCenterX() * scale, box.getCenterY() - extent.getCenterY() * scale);
		fit.scale(scale, scale);
		g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		for (int i = 0; i < paths.size(); i++) {
			java.awt.Shape shape = fit.createTransformedShape(paths.get(i));
			g.setColor(shapes.get(i).code().equals(focus) ? FOCUS : AREA);
			g.fill(shape);
			g.setColor(OUTLINE);
			g.draw(shape);
		}
	}

	private static void drawText(Graphics2D g, String title, String subtitle) {
		try {
			g.setColor(OUTLINE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 52));
			int y = wrap(g, title, 40, 120, 380, 60, 4);
			g.setColor(new Color(0x333333));
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
			wrap(g, subtitle, 40, y + 30, 380, 38, 3);
		}
		catch (RuntimeException | Error ex) {
			// No usable font on this machine (headless without fontconfig): the map
			// alone.
			logger.debug("Preview image without text: " + ex);
		}
	}

	/**
	 * Draws text wrapped at {@code width}, at most {@code lines} lines; the y below it.
	 */
	private static int wrap(Graphics2D g, String text, int x, int y, int width, int lineHeight, int lines) {
		if (text == null || text.isBlank()) {
			return y;
		}
		StringBuilder line = new StringBuilder();
		int drawn = 0;
		for (String word : text.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (g.getFontMetrics().stringWidth(candidate) > width && !line.isEmpty()) {
				if (drawn == lines - 1) {
					g.drawString(line + " …", x, y);
					return y + lineHeight;
				}
				g.drawString(line.toString(), x, y);
				y += lineHeight;
				drawn++;
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		g.drawString(line.toString(), x, y);
		return y + lineHeight;
	}

	/** PostGIS's absolute SVG path data ("M x y L x y x y … Z", repeated) as a path. */
	static Path2D path(String svg) {
		Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		if (svg == null) {
			return path;
		}
		for (String ring : svg.split("Z")) {
			Matcher numbers = NUMBER.matcher(ring);
			boolean first = true;
			while (numbers.find()) {
				double x = Double.parseDouble(numbers.group());
				if (!numbers.find()) {
					break;
				}
				double y = Double.parseDouble(numbers.group());
				if (first) {
					path.moveTo(x, y);
					first = false;
				}
				else {
					path.lineTo(x, y);
				}
			}
			if (!first) {
				path.closePath();
			}
		}
		return path;
	}

	/** The level, gemeente and parent to draw around an area, for its preview. */
	record Context(String gemeente, String level, String parent) {
	}

	/**
	 * What a preview of an area draws: its siblings under its parent (a buurt among the
	 * buurten of its wijk, a wijk among the wijken of the gemeente), or the wijken of a
	 * gemeente.
	 */
	Optional<Context> contextOf(String code) {
		return this.jdbc.sql("""
				select a.gemeente_code, a.level, p.level as parent_level, a.parent_code from area a
				left join area p on p.code = a.parent_code where a.code = :code
				""").param("code", code).query((rs, i) -> {
			String level = rs.getString("level");
			String gemeente = rs.getString("gemeente_code");
			return switch (level) {
				case "GEMEENTE" -> new Context(gemeente, "WIJK", null);
				case "BUURT" -> new Context(gemeente, "BUURT", rs.getString("parent_code"));
				default -> new Context(gemeente, level, null);
			};
		}).optional();
	}

}
