package nl.wijkatlas.geodata.indicator.read;

import java.util.ArrayList;
import java.util.List;

import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.read.CsvTable;
import nl.wijkatlas.geodata.read.Utf8Text;

/**
 * Reads the files of one indicator import, telling each file's kind by its content: a
 * JSON file is a CBS StatLine TypedDataSet; a CSV file is figures in the bundled or the
 * long layout, indicator definitions, aliases or reliability rules, as its header says.
 * Every file must be UTF-8.
 */
public final class IndicatorFiles {

	private IndicatorFiles() {
	}

	/**
	 * Reads the files.
	 * @param files the files
	 * @param period the period of StatLine files, or null
	 * @param source the source of files that name none, or null
	 * @param problems where problems are reported, each with file and (where it applies)
	 * line
	 * @return what the files hold
	 */
	public static ReadFiles read(List<InputFile> files, String period, String source, Problems problems) {
		List<ValueRow> values = new ArrayList<>();
		List<IndicatorDefinition> definitions = new ArrayList<>();
		List<IndicatorAlias> aliases = new ArrayList<>();
		List<ReliabilityRule> reliability = new ArrayList<>();
		List<String> dataFiles = new ArrayList<>();
		List<String> definitionFiles = new ArrayList<>();
		IndicatorCsvReader csv = new IndicatorCsvReader();
		for (InputFile file : files) {
			if (isJson(file.content())) {
				String text = Utf8Text.decode(file.name(), file.content(), problems);
				if (text != null) {
					values.addAll(new StatLineJsonReader().read(file.name(), text, period, source, problems).rows());
				}
				dataFiles.add(file.name());
				continue;
			}
			CsvTable table = CsvTable.read(file, problems);
			if (table == null) {
				dataFiles.add(file.name());
				continue;
			}
			IndicatorCsvReader.Kind kind = IndicatorCsvReader.kindOf(table);
			switch (kind) {
				case DEFINITIONS -> {
					definitions.addAll(csv.readDefinitions(table, problems));
					definitionFiles.add(file.name());
				}
				case ALIASES -> {
					aliases.addAll(csv.readAliases(table, problems));
					definitionFiles.add(file.name());
				}
				case RELIABILITY -> {
					reliability.addAll(csv.readReliability(table, problems));
					definitionFiles.add(file.name());
				}
				case BUNDLED, LONG -> {
					List<ValueRow> rows = csv.readValues(table, kind, problems);
					boolean unsourced = rows.stream().anyMatch((row) -> row.source() == null);
					if (kind == IndicatorCsvReader.Kind.LONG && unsourced && source == null) {
						problems.add(file.name(), null, "figures in the long layout need a source: add a source "
								+ "column, or give the source of the whole file");
					}
					rows.stream()
						.map((row) -> (row.source() == null) ? withSource(row, source) : row)
						.forEach(values::add);
					dataFiles.add(file.name());
				}
				default -> problems.add(file.name(), "line 1",
						"wrong header: " + String.join(",", table.columns())
								+ " is not a layout of figures or indicators; expected "
								+ String.join(",", IndicatorCsvReader.BUNDLED) + " (bundled), "
								+ String.join(",", IndicatorCsvReader.LONG) + "[,source] (long), or "
								+ "indicator_code,label,unit,theme,higher_is_better,description (definitions), "
								+ "alias_code,indicator_code (aliases), or "
								+ String.join(",", IndicatorCsvReader.RELIABILITY) + " (reliability)");
			}
		}
		return new ReadFiles(values, definitions, aliases, reliability, dataFiles, definitionFiles);
	}

	private static ValueRow withSource(ValueRow row, String source) {
		return new ValueRow(row.file(), row.line(), row.layout(), row.areaCode(), row.areaName(), row.indicatorCode(),
				row.indicatorLabel(), row.unit(), row.period(), row.value(), source, row.locator());
	}

	private static boolean isJson(byte[] content) {
		int i = (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF) ? 3 : 0;
		while (i < content.length && Character.isWhitespace(content[i])) {
			i++;
		}
		return i < content.length && (content[i] == '{' || content[i] == '[');
	}

}
