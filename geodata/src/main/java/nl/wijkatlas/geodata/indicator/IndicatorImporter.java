package nl.wijkatlas.geodata.indicator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.Problems;
import nl.wijkatlas.geodata.load.ImportTransaction;
import nl.wijkatlas.geodata.indicator.read.IndicatorDefinition;
import nl.wijkatlas.geodata.indicator.read.IndicatorFiles;
import nl.wijkatlas.geodata.indicator.read.ReadFiles;

/**
 * Imports indicators and their figures. The files may be figures in the bundled CSV
 * layout ({@code area_code, area_name, indicator_code, indicator_label, year, value,
 * unit, source}: it defines its indicators), in the long CSV layout ({@code area_code,
 * indicator_code, period, value[, source]}: its indicators must exist or be declared), or
 * a CBS StatLine OData TypedDataSet (JSON; its columns that are no known indicator are
 * left out), and indicator definitions ({@code indicator_code, label, unit, theme,
 * higher_is_better, description}). Area codes are CBS codes, gebied codes or gebied
 * aliases (such as {@code BVB_OLDENEEL}); every distinct source text becomes a
 * {@code source} row.
 * <p>
 * Everything is checked first — encoding, header, area codes, indicators, periods,
 * values, duplicates — and every problem reported with file and line; a refused import
 * writes nothing. Then it loads in one transaction: it lands whole or not at all, and a
 * re-import of the same files changes nothing.
 */
public final class IndicatorImporter {

	private final DataSource dataSource;

	public IndicatorImporter(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Imports files.
	 * @param files the files
	 * @param options the period of StatLine files, a source for files without one, force
	 * @return what the import did
	 * @throws ImportException when a file is refused or the database refuses the data;
	 * nothing was written
	 */
	public IndicatorImportResult importFiles(List<InputFile> files, IndicatorImportOptions options) {
		if (files.isEmpty()) {
			throw new ImportException("No files to import");
		}
		Problems problems = new Problems();
		if (options.period() != null && Values.periodError(options.period(), true) != null) {
			problems.add("period", null, Values.periodError(options.period(), true));
		}
		ReadFiles read = IndicatorFiles.read(files, options.period(), options.source(), problems);
		IndicatorDataset dataset = new IndicatorResolver(KnownData.read(this.dataSource), problems).resolve(read);
		problems.throwIfAny();
		String names = String.join(", ", files.stream().map(InputFile::name).toList());
		return ImportTransaction.run(this.dataSource, names,
				(connection) -> new IndicatorLoader(connection).load(dataset, options.force()));
	}

	/**
	 * Imports files inside a transaction the caller runs (see
	 * {@link ImportTransaction#run}), so the figures land together with the areas they
	 * belong to: they are checked against what the transaction sees, areas it wrote
	 * before included.
	 * @param connection the transaction
	 * @param files the files
	 * @param definitions indicators declared besides those the files declare (as a
	 * definitions file would)
	 * @param options the period of StatLine files, a source for files without one, force
	 * @return what the import did
	 * @throws ImportException when a file is refused; the caller rolls back
	 * @throws SQLException when the database refuses; the caller rolls back
	 */
	public static IndicatorImportResult importInTransaction(Connection connection, List<InputFile> files,
			List<IndicatorDefinition> definitions, IndicatorImportOptions options) throws SQLException {
		if (files.isEmpty()) {
			throw new ImportException("No files to import");
		}
		Problems problems = new Problems();
		ReadFiles read = IndicatorFiles.read(files, options.period(), options.source(), problems);
		List<IndicatorDefinition> declared = new ArrayList<>(read.definitions());
		declared.addAll(definitions);
		read = new ReadFiles(read.values(), declared, read.aliases(), read.reliability(), read.dataFiles(),
				read.definitionFiles());
		IndicatorDataset dataset = new IndicatorResolver(KnownData.read(connection), problems).resolve(read);
		problems.throwIfAny();
		return new IndicatorLoader(connection).load(dataset, options.force());
	}

}
