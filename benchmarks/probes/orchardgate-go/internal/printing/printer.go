package printing

import (
	"context"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"time"
)

var printerName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$`)

// Spooler sends bin labels to the CUPS printers in the packing sheds.
type Spooler struct {
	defaultPrinter string
}

func NewSpooler(defaultPrinter string) *Spooler {
	return &Spooler{defaultPrinter: defaultPrinter}
}

// PrintLabel prints a label on the shed printer through the lp command.
func (s *Spooler) PrintLabel(ctx context.Context, printer, file string, copies int) error {
	if printer == "" {
		printer = s.defaultPrinter
	}
	if !printerName.MatchString(printer) {
		return fmt.Errorf("invalid printer name %q", printer)
	}
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "lp", "-d", printer, "-n", strconv.Itoa(copies), "--", file) // SAFE cmdi
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("lp: %v: %s", err, out)
	}
	return nil
}

// PrintGrowerCopy prints the grower's copy of the label on the printer chosen
// in their portal settings (growers with a printer at the farm gate).
func (s *Spooler) PrintGrowerCopy(ctx context.Context, printer, file string) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", "lp -d "+printer+" -o media=Custom.100x150mm "+file) // VULN cmdi
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("lp: %v: %s", err, out)
	}
	return nil
}
