import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JDK Flight Recorder recording (bench/profile.sh): where the CPU samples
 * (jdk.ExecutionSample) of the server's threads went, as Markdown tables. Three views: the
 * layers of a request (each sample goes to the innermost frame that belongs to one) and the
 * methods of those frames, the self time by library (the top frame's), and the hottest methods
 * by self time.
 * Run: java bench/JfrTop.java recording.jfr [rows], or java bench/JfrTop.java --summary
 * a.jfr b.jfr … for the layers of several recordings side by side.
 */
public class JfrTop {

	/**
	 * The layers of a request, by the frames that belong to them (the first that matches). A
	 * sample goes to the innermost frame of its stack that belongs to one: a HashMap.get that
	 * graphql-java's execution calls counts as execution, one in the parser as parsing. So the
	 * shares add up to 100 % (samples with no such frame: "other").
	 */
	static final Map<String, Predicate<String>> LAYERS = new LinkedHashMap<>();
	static {
		LAYERS.put("parse (graphql.parser)", (m) -> m.startsWith("graphql.parser."));
		LAYERS.put("validate (graphql.validation)", (m) -> m.startsWith("graphql.validation."));
		LAYERS.put("limits (graphql.analysis, Wijkatlas instrumentations)", (m) -> m.startsWith("graphql.analysis.")
				|| (m.startsWith("nl.wijkatlas.limits.") && m.contains("Instrumentation")));
		LAYERS.put("DataLoader (org.dataloader)", (m) -> m.startsWith("org.dataloader."));
		LAYERS.put("graphql-java execution (other graphql.*)", (m) -> m.startsWith("graphql."));
		LAYERS.put("response cache (nl.wijkatlas.caching)", (m) -> m.startsWith("nl.wijkatlas.caching."));
		LAYERS.put("Wijkatlas code (other nl.wijkatlas.*)", (m) -> m.startsWith("nl.wijkatlas."));
		LAYERS.put("JDBC driver (org.postgresql)", (m) -> m.startsWith("org.postgresql."));
		LAYERS.put("connection pool (com.zaxxer.hikari)", (m) -> m.startsWith("com.zaxxer."));
		LAYERS.put("Spring JDBC (org.springframework.jdbc)", (m) -> m.startsWith("org.springframework.jdbc."));
		LAYERS.put("JSON (tools.jackson)", (m) -> m.startsWith("tools.jackson."));
		LAYERS.put("compression (java.util.zip)", (m) -> m.startsWith("java.util.zip."));
		LAYERS.put("Spring for GraphQL (org.springframework.graphql)", (m) -> m.startsWith("org.springframework.graphql."));
		LAYERS.put("Spring Security (org.springframework.security)", (m) -> m.startsWith("org.springframework.security."));
		LAYERS.put("Spring web and core (other org.springframework.*)", (m) -> m.startsWith("org.springframework."));
		LAYERS.put("Reactor (reactor.*)", (m) -> m.startsWith("reactor."));
		LAYERS.put("metrics, observation, context (io.micrometer)", (m) -> m.startsWith("io.micrometer."));
		LAYERS.put("logging (ch.qos.logback, org.slf4j)", (m) -> m.startsWith("ch.qos.") || m.startsWith("org.slf4j."));
		LAYERS.put("Tomcat (org.apache)", (m) -> m.startsWith("org.apache."));
	}

	/** Libraries for the self-time view, by package prefix (the first that matches). */
	static final List<String[]> LIBRARIES = List.of(new String[] { "graphql.", "graphql-java" },
			new String[] { "org.dataloader.", "java-dataloader" }, new String[] { "tools.jackson.", "Jackson" },
			new String[] { "org.postgresql.", "PostgreSQL driver" }, new String[] { "com.zaxxer.", "HikariCP" },
			new String[] { "org.apache.", "Tomcat" }, new String[] { "org.springframework.", "Spring" },
			new String[] { "reactor.", "Reactor" }, new String[] { "nl.wijkatlas.", "Wijkatlas" },
			new String[] { "java.", "JDK" }, new String[] { "jdk.", "JDK" }, new String[] { "sun.", "JDK" });

	public static void main(String[] args) throws Exception {
		if (args[0].equals("--summary")) {
			summary(List.of(args).subList(1, args.length));
			return;
		}
		int rows = args.length > 1 ? Integer.parseInt(args[1]) : 15;
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> library = new HashMap<>();
		Map<String, Integer> entry = new HashMap<>();
		Map<String, Integer> layers = new LinkedHashMap<>();
		LAYERS.keySet().forEach((s) -> layers.put(s, 0));
		layers.put("other (JDK or VM only)", 0);
		int total = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			total++;
			String top = frames.isEmpty() ? "(no Java frame)" : name(frames.get(0).getMethod());
			self.merge(top, 1, Integer::sum);
			library.merge(library(top), 1, Integer::sum);
			String[] found = layer(frames);
			layers.merge(found[0], 1, Integer::sum);
			if (found[1] != null) {
				entry.merge(found[1], 1, Integer::sum);
			}
		}
		int n = total;
		System.out.printf("%d samples (jdk.ExecutionSample)%n", n);
		table("layer (innermost frame of a sample)", layers, Integer.MAX_VALUE, "%s", n);
		table("hottest methods of the layers (innermost frame of a known layer)", entry, rows, "`%s`", n);
		table("library (self)", library, Integer.MAX_VALUE, "%s", n);
		table("hottest methods (self)", self, rows, "`%s`", n);
	}

	/** A Markdown table of counts as shares of the samples, largest first, without zeros. */
	static void table(String title, Map<String, Integer> counts, int rows, String name, int samples) {
		System.out.printf("%n| %s | share |%n|---|---:|%n", title);
		counts.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 0)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(rows)
			.forEach((e) -> System.out.printf("| " + name + " | %s |%n", e.getKey(), percent(e.getValue(), samples)));
	}

	/**
	 * One table for several recordings: the layers as rows, a column per recording (named by
	 * the file name's last part, e.g. a-nc), the shares of its samples.
	 */
	static void summary(List<String> files) throws Exception {
		List<Map<String, Integer>> counts = new java.util.ArrayList<>();
		List<Integer> totals = new java.util.ArrayList<>();
		for (String file : files) {
			Map<String, Integer> layers = new HashMap<>();
			int total = 0;
			for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(file))) {
				if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
					layers.merge(layer(event.getStackTrace().getFrames())[0], 1, Integer::sum);
					total++;
				}
			}
			counts.add(layers);
			totals.add(total);
		}
		StringBuilder head = new StringBuilder("| layer |");
		StringBuilder rule = new StringBuilder("|---|");
		for (String file : files) {
			String name = Path.of(file).getFileName().toString().replaceAll("\\.jfr$", "");
			head.append(' ').append(name.substring(name.lastIndexOf('-', name.lastIndexOf('-') - 1) + 1)).append(" |");
			rule.append("---:|");
		}
		System.out.println(head + "\n" + rule);
		List<String> names = new java.util.ArrayList<>(LAYERS.keySet());
		names.add("other (JDK or VM only)");
		for (String name : names) {
			StringBuilder row = new StringBuilder("| " + name + " |");
			for (int i = 0; i < files.size(); i++) {
				row.append(' ').append(percent(counts.get(i).getOrDefault(name, 0), totals.get(i))).append(" |");
			}
			System.out.println(row);
		}
		StringBuilder samples = new StringBuilder("| samples |");
		totals.forEach((t) -> samples.append(' ').append(t).append(" |"));
		System.out.println(samples);
	}

	/** The layer of a sample and the method of that layer's innermost frame. */
	static String[] layer(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String method = name(frame.getMethod());
			for (Map.Entry<String, Predicate<String>> layer : LAYERS.entrySet()) {
				if (layer.getValue().test(method)) {
					return new String[] { layer.getKey(), method };
				}
			}
		}
		return new String[] { "other (JDK or VM only)", null };
	}

	static String name(RecordedMethod method) {
		return method.getType().getName() + "." + method.getName();
	}

	static String library(String method) {
		for (String[] library : LIBRARIES) {
			if (method.startsWith(library[0])) {
				return library[1];
			}
		}
		return method.startsWith("(") ? "VM" : "other";
	}

	static String percent(int count, int total) {
		return total == 0 ? "–" : String.format("%.1f %%", 100.0 * count / total);
	}

}
