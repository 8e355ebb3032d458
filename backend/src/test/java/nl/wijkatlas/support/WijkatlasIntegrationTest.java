package nl.wijkatlas.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * An integration test of the whole application against the real PostGIS that
 * {@code ./wijkatlas test} starts (DATABASE_URL; with the bundled data imported at
 * start-up): the server on a random port, with a {@code MockMvc}, an
 * {@code HttpGraphQlTester}, an {@link Http} and a
 * {@code TestRestTemplate}/{@code WebTestClient} to reach it. One annotation, so every
 * test that needs no properties of its own shares one application context (Spring's test
 * context cache), and a test that does names only what differs. Without a database the
 * context fails to start: the test fails, it is never skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(HttpConfiguration.class)
public @interface WijkatlasIntegrationTest {

	/** Properties of this test's own application context ({@code key=value}). */
	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

}
