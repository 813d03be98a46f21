package com.moorgate.service;

import com.moorgate.api.InspectionJob;
import com.moorgate.api.Surveyor;
import com.moorgate.db.SurveyorDao;
import com.moorgate.messaging.InspectionJobPublisher;
import com.moorgate.security.AccessCodeGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Books surveyor visits and processes the resulting inspection jobs.
 */
public class SurveyorScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyorScheduler.class);
    private static final Path REPORT_ROOT = Path.of("/srv/moorgate/reports");

    private final SurveyorDao surveyorDao;
    private final InspectionJobPublisher publisher;
    private final AccessCodeGenerator codes;
    private final DocumentConverter converter;

    public SurveyorScheduler(SurveyorDao surveyorDao, InspectionJobPublisher publisher, AccessCodeGenerator codes,
                             DocumentConverter converter) {
        this.surveyorDao = surveyorDao;
        this.publisher = publisher;
        this.codes = codes;
        this.converter = converter;
    }

    public record Booking(UUID jobId, LocalDate visitDate, String accessCode) {
    }

    public Booking book(UUID claimId, UUID surveyorId, String portCode, LocalDate requested, String printer,
                        String tray, boolean notifyFirm) throws IOException {
        Surveyor surveyor = surveyorDao.findById(surveyorId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown surveyor"));
        LocalDate visit = nextWorkingDay(requested);

        InspectionJob job = new InspectionJob();
        job.setJobId(UUID.randomUUID());
        job.setClaimId(claimId);
        job.setSurveyorId(surveyor.getId());
        job.setPortCode(portCode);
        job.setVisitDate(visit);
        job.setPrinter(printer);
        job.setPrintTray(tray == null ? "auto" : tray);
        job.setReportFile(REPORT_ROOT.resolve(job.getJobId() + ".pdf").toString());
        job.setNotifyFirm(notifyFirm);
        surveyorDao.createBooking(job);

        String accessCode = codes.surveyorAccessCode();
        surveyorDao.saveAccessCode(surveyor.getId(), accessCode);

        publisher.publish(job);
        LOG.info("Booked inspection {} for claim {} at {} on {}", job.getJobId(), claimId, portCode, visit);
        return new Booking(job.getJobId(), visit, accessCode);
    }

    /** Called by the queue consumer once the booking message arrives. */
    public void process(InspectionJob job) throws IOException, InterruptedException {
        int grouped = surveyorDao.markPortAssigned(job);
        LOG.info("Job {} assigned {} inspections at {}", job.getJobId(), grouped, job.getPortCode());
        if (job.getPrinter() != null && !job.getPrinter().isBlank()) {
            converter.printReport(Path.of(job.getReportFile()), job.getPrinter(), job.getPrintTray());
        }
    }

    static LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.isBefore(LocalDate.now().plusDays(1)) ? LocalDate.now().plusDays(1) : date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
