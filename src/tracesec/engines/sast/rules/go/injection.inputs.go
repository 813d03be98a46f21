// Handler inputs of frameworks no rule names one by one (inputs/go.yaml), through the SQL and
// command rules
package inputs

import (
	"context"
	"database/sql"
	"os/exec"
	"strconv"

	"github.com/IBM/sarama"
	"github.com/beego/beego/v2/server/web"
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/hibiken/asynq"
	"github.com/kataras/iris/v12"
)

var db *sql.DB

func lockStatus(ctx context.Context, c *app.RequestContext) {
	lock := c.Query("lock")
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT state FROM locks WHERE name = '" + lock + "'")
	level, _ := strconv.Atoi(c.Query("level"))
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT state FROM locks WHERE level = " + strconv.Itoa(level))
}

type signoff struct {
	Vessel string `form:"vessel"`
}

func signOff(ctx context.Context, c *app.RequestContext) {
	var req signoff
	if err := c.BindAndValidate(&req); err != nil {
		return
	}
	// ruleid: trace.go.sql-injection.tainted-query
	db.Exec("UPDATE inspections SET signed = true WHERE vessel = '" + req.Vessel + "'")
}

func vessel(ctx iris.Context) {
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM vessels WHERE name = '" + ctx.URLParam("name") + "'")
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM vessels WHERE hull = '" + ctx.Params().Get("hull") + "'")
}

func fromContext(ctx context.Context) {
	// Go's own context carries no request data
	// ok: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM vessels WHERE name = '" + ctx.Value("name").(string) + "'")
}

type InspectionController struct {
	web.Controller
}

func (c *InspectionController) Get() {
	berth := c.GetString("berth")
	// ruleid: trace.go.sql-injection.tainted-query
	db.Query("SELECT * FROM inspections WHERE berth = '" + berth + "'")
	// ruleid: trace.go.command-injection.tainted-command
	exec.Command("sh", "-c", "report "+c.Ctx.Input.Param(":id")).Run()
}

type passageHandler struct{}

func (passageHandler) ConsumeClaim(sess sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	for msg := range claim.Messages() {
		// ruleid: trace.go.sql-injection.tainted-query
		db.Exec("INSERT INTO passages VALUES ('" + string(msg.Value) + "')")
	}
	return nil
}

func handleInspection(ctx context.Context, t *asynq.Task) error {
	// ruleid: trace.go.command-injection.tainted-command
	return exec.Command("sh", "-c", "inspect "+string(t.Payload())).Run()
}

type mutationResolver struct{}

func (r *mutationResolver) RenameVessel(ctx context.Context, id int, name string) (bool, error) {
	// ruleid: trace.go.sql-injection.tainted-query
	_, err := db.Exec("UPDATE vessels SET name = '" + name + "' WHERE id = " + strconv.Itoa(id))
	return err == nil, err
}
