package org.hemalink.lab;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Wraps the vendor command-line tools installed on the lab integration host:
 * hl7conv turns proprietary instrument exports into Hemalink batch XML, xmllint checks the result.
 */
@ApplicationScoped
public class InstrumentConverter {

    private static final Pattern PROFILE = Pattern.compile("[a-z0-9]{2,16}(-[a-z0-9]{2,16})?");

    public Path convert(String instrumentModel, Path exportFile, Path workDir) throws IOException, InterruptedException {
        Path out = workDir.resolve(UUID.randomUUID() + ".xml");
        Process p = new ProcessBuilder("bash", "-c", "hl7conv --model " + instrumentModel + " --in '" + exportFile + "' --out " + out).redirectErrorStream(true).start(); // VULN cmdi
        String log = await(p);
        if (p.exitValue() != 0) {
            throw new IOException("hl7conv failed: " + log);
        }
        return out;
    }

    public String validate(String profile, Path batchXml) throws IOException, InterruptedException {
        if (profile == null || !PROFILE.matcher(profile).matches()) {
            throw new IllegalArgumentException("unknown schema profile");
        }
        Process p = new ProcessBuilder("bash", "-c", "xmllint --noout --schema /opt/hemalink/xsd/" + profile + ".xsd " + batchXml + " 2>&1 | head -n 40").start(); // SAFE cmdi
        return await(p);
    }

    private static String await(Process p) throws IOException, InterruptedException {
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("converter timed out");
        }
        return output;
    }
}
