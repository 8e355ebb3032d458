package nl.wijkatlas.limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input type bounds its fields in the schema, where the limits table of docs/api.md
 * and the one check ({@link InputBoundsInstrumentation}) read them: each String has a
 * {@code @length} and each list a {@code @size}, so a new field cannot silently take the
 * generous global default.
 */
class InputBoundsSchemaTest {

	private static final Path SCHEMA = Path.of("src", "main", "resources", "graphql");

	@Test
	void shouldBoundEveryStringAndListOfEveryInputType() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(SCHEMA)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<String> unbounded = new ArrayList<>();
		List<InputObjectTypeDefinition> inputs = registry.getTypes(InputObjectTypeDefinition.class);
		assertThat(inputs).extracting(InputObjectTypeDefinition::getName)
			.contains("InitiativeInput", "OpgaveInput", "DoelInput", "MiddelInput", "ChapterInput");
		for (InputObjectTypeDefinition input : inputs) {
			for (InputValueDefinition field : input.getInputValueDefinitions()) {
				Type<?> type = unwrap(field.getType());
				String where = input.getName() + "." + field.getName();
				if (type instanceof ListType && !field.hasDirective("size")) {
					unbounded.add(where + " (@size)");
				}
				if (unwrap(type) instanceof TypeName name && name.getName().equals("String")
						&& !field.hasDirective("length")) {
					unbounded.add(where + " (@length)");
				}
			}
		}
		assertThat(unbounded).as("input fields without a bound").isEmpty();
	}

	private static Type<?> unwrap(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return unwrap(nonNull.getType());
		}
		return (type instanceof ListType list) ? list : type;
	}

}
