package nl.wijkatlas.geodata.area;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.wijkatlas.geodata.ImportException;
import nl.wijkatlas.geodata.InputFile;
import nl.wijkatlas.geodata.support.GeoJsonFiles;
import nl.wijkatlas.geodata.support.SmallGeoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InputFilesTest {

	@TempDir
	Path directory;

	@Test
	void shouldTellBuurtenFromWijkenByNameOrElseByContent() {
		Path a = GeoJsonFiles.write(this.directory, "a.geojson", SmallGeoJson.buurten());
		Path b = GeoJsonFiles.write(this.directory, "b.json", SmallGeoJson.wijken());
		Path csv = GeoJsonFiles.write(this.directory, "stadsdelen.csv", "");

		InputFiles input = InputFiles.classify(List.of(b, csv, a));

		assertThat(input.buurten()).isEqualTo(a);
		assertThat(input.wijken()).isEqualTo(b);
		assertThat(input.stadsdelen()).isEqualTo(csv);
		assertThat(input.geoPackage()).isNull();
	}

	@Test
	void shouldRefuseAnIncompleteOrMixedSetOfFiles() {
		Path buurten = GeoJsonFiles.write(this.directory, "buurten.geojson", SmallGeoJson.buurten());
		Path gpkg = GeoJsonFiles.write(this.directory, "wijkenbuurten_2025.gpkg", "");

		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> InputFiles.classify(List.of(buurten)))
			.withMessageContaining("Give either one CBS GeoPackage, or a GeoJSON buurt layer and a GeoJSON wijk layer");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> InputFiles.classify(List.of(buurten, gpkg)))
			.withMessageContaining("Give either");
		assertThatExceptionOfType(ImportException.class)
			.isThrownBy(() -> InputFiles.classify(List.of(this.directory.resolve("nergens.geojson"))))
			.withMessageContaining("no such file");
	}

	@Test
	void shouldNameWhatAPathIsInsteadOfAFileAndFollowNoLinks() throws Exception {
		Path wijken = GeoJsonFiles.write(this.directory, "wijken.geojson", SmallGeoJson.wijken());
		Path folder = Files.createDirectory(this.directory.resolve("buurten.geojson"));
		Path link = Files.createSymbolicLink(this.directory.resolve("link_buurten.geojson"),
				GeoJsonFiles.write(this.directory, "real.geojson", SmallGeoJson.buurten()));

		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> InputFiles.classify(List.of(folder, wijken)))
			.withMessage(folder + ": is a directory, not a file");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> InputFiles.classify(List.of(link, wijken)))
			.withMessage(link + ": is a symbolic link; give the file itself (links are not followed)");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> InputFile.of(link))
			.withMessageContaining("is a symbolic link");
		assertThatExceptionOfType(ImportException.class).isThrownBy(() -> InputFile.of(Path.of("/dev/null")))
			.withMessage("/dev/null: is not a regular file (a device, pipe or socket)");
	}

}
