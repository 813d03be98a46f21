package service

import (
	"bytes"
	"context"
	"fmt"
	"net/smtp"
	"strings"
	texttemplate "text/template"

	"github.com/tallyhour/tallyhour/internal/model"
)

const weeklyDigestTemplate = `Hi {{.Manager.FullName}},

{{len .Pending}} timesheet(s) are waiting for your approval this week.
{{range .Pending}}  - {{.Project}}: {{printf "%.1f" .Hours}}h on {{.WorkDate.Format "Mon 02 Jan"}}
{{end}}
Review them at https://app.tallyhour.io/approvals
`

var reminderFuncs = texttemplate.FuncMap{
	"upper": strings.ToUpper,
	"join":  strings.Join,
}

type ReminderData struct {
	Employee    *model.Employee
	Manager     *model.Employee
	Period      string
	MissingDays []string
}

type DigestData struct {
	Manager *model.Employee
	Pending []model.TimeEntry
}

type NotifyService struct {
	smtpAddr string
	from     string
	auth     smtp.Auth
}

func NewNotifyService(smtpAddr, from string, auth smtp.Auth) *NotifyService {
	return &NotifyService{smtpAddr: smtpAddr, from: from, auth: auth}
}

// PreviewReminder renders a manager-authored reminder so they can check it before sending.
func (s *NotifyService) PreviewReminder(body string, data ReminderData) (string, error) {
	t, err := texttemplate.New("reminder").Funcs(reminderFuncs).Parse(body) // VULN ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func (s *NotifyService) WeeklyDigest(data DigestData) (string, error) {
	t, err := texttemplate.New("digest").Funcs(reminderFuncs).Parse(weeklyDigestTemplate) // SAFE ssti
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func (s *NotifyService) SendResetCode(ctx context.Context, emp *model.Employee, code string) error {
	msg := fmt.Sprintf("To: %s\r\nSubject: Your Tallyhour reset code\r\n\r\nYour code is %s. It expires in 15 minutes.\r\n", emp.Email, code)
	return smtp.SendMail(s.smtpAddr, s.auth, s.from, []string{emp.Email}, []byte(msg))
}
