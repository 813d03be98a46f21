package coop.pressworks.orchard.web;

import coop.pressworks.orchard.model.OrchardModels.CertificateSummary;
import coop.pressworks.orchard.model.OrchardModels.SprayImportResult;
import coop.pressworks.orchard.service.CertificateService;
import coop.pressworks.orchard.service.SprayLogImportService;
import coop.pressworks.orchard.storage.GrowerDocumentStore;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

@Controller("/api/growers/{growerId}")
public class CertificateController {

    private static final long MAX_UPLOAD = 5L * 1024 * 1024;

    private final CertificateService certificates;
    private final SprayLogImportService sprayLogs;
    private final GrowerDocumentStore documents;

    public CertificateController(CertificateService certificates, SprayLogImportService sprayLogs,
                                 GrowerDocumentStore documents) {
        this.certificates = certificates;
        this.sprayLogs = sprayLogs;
        this.documents = documents;
    }

    @Post(value = "/certificates", consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<CertificateSummary> uploadCertificate(@PathVariable long growerId, CompletedFileUpload file) throws IOException {
        if (file.getSize() > MAX_UPLOAD) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        return HttpResponse.created(certificates.importCertificate(growerId, file.getBytes()));
    }

    @Get("/certificates/{fileName}")
    public StreamedFile certificate(@PathVariable long growerId, @PathVariable String fileName) throws IOException {
        InputStream in = documents.openCertificate(growerId, fileName);
        return new StreamedFile(in, MediaType.APPLICATION_XML_TYPE).attach(fileName);
    }

    @Get("/certificates/{fileName}/blocks/status")
    public Map<String, String> blockStatus(@PathVariable long growerId, @PathVariable String fileName,
                                           @QueryValue String blockCode) throws IOException {
        return Map.of("blockCode", blockCode, "status", certificates.blockStatus(growerId, fileName, blockCode));
    }

    @Get("/certificates/{fileName}/inputs")
    public Map<String, Object> productApproved(@PathVariable long growerId, @PathVariable String fileName,
                                               @QueryValue String product) throws IOException {
        return Map.of("product", product, "approved", certificates.productApproved(growerId, fileName, product));
    }

    @Post(value = "/spray-logs", consumes = MediaType.MULTIPART_FORM_DATA)
    public SprayImportResult uploadSprayLog(@PathVariable long growerId, CompletedFileUpload file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return sprayLogs.importLog(growerId, in);
        }
    }

    @Get("/spray-exports/{exportName}")
    public StreamedFile sprayExport(@PathVariable long growerId, @PathVariable String exportName) throws IOException {
        return new StreamedFile(documents.openSprayExport(growerId, exportName), MediaType.of("text/csv")).attach(exportName);
    }
}
