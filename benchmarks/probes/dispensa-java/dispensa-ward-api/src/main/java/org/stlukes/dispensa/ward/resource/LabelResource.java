package org.stlukes.dispensa.ward.resource;

import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stlukes.dispensa.ward.service.LabelPrintService;
import org.stlukes.dispensa.ward.service.LabelTemplateService;
import org.stlukes.dispensa.ward.util.PrinterQueues;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

@Path("/api/labels")
public class LabelResource {

    @Inject
    LabelPrintService printService;

    @Inject
    LabelTemplateService templateService;

    @ConfigProperty(name = "dispensa.printing.default-queue")
    String defaultQueue;

    @POST
    @Path("/{orderId}/print")
    public Response printOrderLabel(@PathParam("orderId") long orderId,
                                    @HeaderParam("X-Printer-Queue") String queue) throws IOException {
        String target = (queue == null || queue.isBlank()) ? defaultQueue : queue;
        printService.printOrderLabel(orderId, target);
        return Response.accepted().build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response printBatch(@FormParam("printer") String printer,
                               @FormParam("orderId") List<Long> orderIds) throws IOException {
        String queue = PrinterQueues.requireKnown(printer);
        for (Long orderId : orderIds) {
            printService.printToQueue(orderId, queue);
        }
        return Response.accepted().entity(orderIds.size()).build();
    }

    @GET
    @Path("/printers")
    @Produces(MediaType.TEXT_PLAIN)
    public String printers() throws IOException {
        return printService.listPrinters();
    }

    @GET
    @Path("/templates/{ward}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public InputStream wardTemplate(@PathParam("ward") String ward,
                                    @QueryParam("file") String file) throws IOException {
        return templateService.openWardTemplate(ward, file);
    }

    @GET
    @Path("/templates/shared/{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public InputStream sharedTemplate(@PathParam("name") String name) throws IOException {
        return templateService.openSharedTemplate(name);
    }
}
