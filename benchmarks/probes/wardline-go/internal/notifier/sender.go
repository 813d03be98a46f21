package notifier

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"os/exec"
	"text/template"
	"time"
)

// ReminderData is exposed to reminder templates.
type ReminderData struct {
	PatientName string
	Clinic      string
	When        time.Time
	PortalLink  string
	OptOutLink  string
}

var builtinTemplates = map[string]string{
	"standard": "Hi {{.PatientName}}, reminder of your appointment at {{.Clinic}} on {{.When.Format \"Mon 2 Jan 15:04\"}}. Manage it: {{.PortalLink}}",
	"fasting":  "Hi {{.PatientName}}, please do not eat for 8 hours before your visit to {{.Clinic}} at {{.When.Format \"15:04\"}}.",
	"welsh":    "Helo {{.PatientName}}, nodyn atgoffa am eich apwyntiad yn {{.Clinic}}. {{.PortalLink}}",
}

type Sender struct {
	spoolDir  string
	portalURL string
}

func NewSender(spoolDir, portalURL string) *Sender {
	return &Sender{spoolDir: spoolDir, portalURL: portalURL}
}

func sampleData(portal string) ReminderData {
	when := time.Now().Add(48 * time.Hour).Truncate(time.Hour)
	return ReminderData{"Alex Example", "Riverside Health Centre", when, portal + "/appointments", portal + "/notifications"}
}

// RenderBuiltin previews one of the stock reminder wordings.
func (s *Sender) RenderBuiltin(name string) (string, error) {
	src, ok := builtinTemplates[name]
	if !ok {
		return "", fmt.Errorf("unknown template %q", name)
	}
	tpl, err := template.New(name).Parse(src) // SAFE ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = tpl.Execute(&buf, sampleData(s.portalURL))
	return buf.String(), err
}

// RenderCustom previews a clinic's own reminder wording before it is saved.
func (s *Sender) RenderCustom(opts map[string]string) (string, error) {
	tpl, err := template.New("custom").Option("missingkey=zero").Parse(opts["source"]) // VULN ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = tpl.Execute(&buf, sampleData(s.portalURL))
	return buf.String(), err
}

// SendFax hands a spooled PDF to HylaFAX.
func (s *Sender) SendFax(ctx context.Context, number, pdfPath string) error {
	out, err := exec.CommandContext(ctx, "sh", "-c", "sendfax -n -D -d "+number+" "+pdfPath).CombinedOutput() // VULN cmdi
	if err != nil {
		return fmt.Errorf("sendfax: %v: %s", err, out)
	}
	return nil
}

// UnsubscribeLink builds the signed opt-out link included in every SMS.
func (s *Sender) UnsubscribeLink(phone string) string {
	return s.portalURL + "/api/unsubscribe?phone=" + url.QueryEscape(phone) + "&sig=" + signPhone(phone)
}

func signPhone(phone string) string {
	mac := hmac.New(sha256.New, []byte("wardline-unsub-5c1e0f")) // VULN secret
	mac.Write([]byte(phone))
	return hex.EncodeToString(mac.Sum(nil))[:24]
}

func validPhoneSig(phone, sig string) bool {
	return hmac.Equal([]byte(signPhone(phone)), []byte(sig))
}
