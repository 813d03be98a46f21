package org.stlukes.dispensa.ward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import org.stlukes.dispensa.ward.config.StorageConfig;
import org.stlukes.dispensa.ward.util.FileNames;

import java.io.*;
import java.nio.file.Files;
import java.nio.file.Path;

@ApplicationScoped
public class LabelTemplateService {

    @Inject
    StorageConfig storage;

    public InputStream openWardTemplate(String ward, String fileName) throws IOException {
        Path root = Path.of(storage.labelTemplates()).toAbsolutePath().normalize();
        Path wardDir = root.resolve(ward).normalize();
        if (!wardDir.startsWith(root)) {
            throw new ForbiddenException("ward outside template store");
        }
        Path template = wardDir.resolve(fileName);
        return Files.newInputStream(template); // VULN path
    }

    public InputStream openSharedTemplate(String name) throws IOException {
        String flatName = FileNames.flatten(name);
        File template = new File(new File(storage.labelTemplates(), "shared"), flatName);
        return new FileInputStream(template); // SAFE path
    }
}
