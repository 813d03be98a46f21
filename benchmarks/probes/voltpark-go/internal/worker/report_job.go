package worker

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/voltpark/platform/internal/events"
	"github.com/voltpark/platform/internal/repository"
)

type ReportJob struct {
	repo *repository.ReportRepo
	dir  string
}

func NewReportJob(repo *repository.ReportRepo, dir string) *ReportJob {
	return &ReportJob{repo: repo, dir: dir}
}

func (j *ReportJob) Handle(ctx context.Context, env events.Envelope) error {
	var evt events.ReportRequested
	if err := json.Unmarshal(env.Payload, &evt); err != nil {
		return permanent("decode report request: %v", err)
	}
	metric, ok := repository.ReportMetrics[evt.Metric]
	if !ok {
		return permanent("report %s: unknown metric %q", evt.ReportID, evt.Metric)
	}
	dimension, ok := repository.ReportDimensions[evt.Dimension]
	if !ok {
		return permanent("report %s: unknown dimension %q", evt.ReportID, evt.Dimension)
	}
	if !repository.ReportGranularities[evt.Granularity] {
		return permanent("report %s: unknown granularity %q", evt.ReportID, evt.Granularity)
	}

	started := time.Now()
	rows, err := j.repo.Aggregate(ctx, repository.AggregateQuery{
		AccountID:       evt.AccountID,
		MetricExpr:      metric,
		DimensionColumn: dimension,
		Granularity:     evt.Granularity,
		Timezone:        evt.Timezone,
		From:            evt.From,
		To:              evt.To,
	})
	if err != nil {
		return err
	}

	dir := filepath.Join(j.dir, evt.AccountID)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, evt.FileName)) // VULN path
	if err != nil {
		return fmt.Errorf("create report file: %w", err)
	}
	defer f.Close()

	w := csv.NewWriter(f)
	_ = w.Write([]string{"bucket", evt.Dimension, evt.Metric})
	for _, r := range rows {
		_ = w.Write([]string{r.Bucket.Format(time.RFC3339), r.Dimension, strconv.FormatFloat(r.Value, 'f', 3, 64)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	log.Printf("report %s for %s: %d rows in %s", evt.ReportID, evt.AccountID, len(rows), time.Since(started).Round(time.Millisecond))
	return nil
}
