package nl.wijkatlas.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The development signing key: an RSA key pair kept in a local directory (never in the
 * repository), created on first use. The application verifies with its public half;
 * {@code ./wijkatlas token} signs with its private half.
 */
public final class DevKeys {

	public static final String DEV_ISSUER = "wijkatlas-dev";

	private static final String PRIVATE = "dev-signing.key";

	private static final String PUBLIC = "dev-signing.pub";

	private DevKeys() {
	}

	public static synchronized KeyPair loadOrCreate(Path directory) {
		try {
			Path privatePath = directory.resolve(PRIVATE);
			Path publicPath = directory.resolve(PUBLIC);
			if (!Files.exists(privatePath) || !Files.exists(publicPath)) {
				create(directory, privatePath, publicPath);
			}
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPrivateKey privateKey = (RSAPrivateKey) rsa
				.generatePrivate(new PKCS8EncodedKeySpec(decode(Files.readString(privatePath))));
			RSAPublicKey publicKey = (RSAPublicKey) rsa
				.generatePublic(new X509EncodedKeySpec(decode(Files.readString(publicPath))));
			return new KeyPair(publicKey, privateKey);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the development key in " + directory, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The development key in " + directory + " is damaged: remove it", ex);
		}
	}

	private static void create(Path directory, Path privatePath, Path publicPath)
			throws IOException, GeneralSecurityException {
		Files.createDirectories(directory);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		Files.writeString(publicPath, encode(pair.getPublic().getEncoded()));
		Files.writeString(privatePath, encode(pair.getPrivate().getEncoded()));
		try {
			Files.setPosixFilePermissions(privatePath, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the directory's own protection has to do
		}
	}

	private static String encode(byte[] key) {
		return Base64.getMimeEncoder().encodeToString(key) + "\n";
	}

	private static byte[] decode(String text) {
		return Base64.getMimeDecoder().decode(text.strip());
	}

}
