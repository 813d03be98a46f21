package main

import (
	"context"
	"fmt"
	"html"
	"net/http"

	sq "github.com/Masterminds/squirrel"
	"github.com/gofiber/fiber/v2"
	"github.com/jackc/pgx/v5/pgxpool"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

var optOuts *mongo.Collection

type notifier struct {
	pool *pgxpool.Pool
}

// Fiber handlers: the context's reads are request data; pgx takes the context first
func (n *notifier) contacts(c *fiber.Ctx) error {
	ctx := context.Background()
	// ruleid: trace.go.sql-injection.tainted-query
	rows, err := n.pool.Query(ctx, "SELECT * FROM contacts WHERE phone = '"+c.Query("phone")+"'")
	if err != nil {
		return err
	}
	rows.Close()
	// ok: trace.go.sql-injection.tainted-query
	rows, err = n.pool.Query(ctx, "SELECT * FROM contacts WHERE phone = $1", c.Query("phone"))
	if err != nil {
		return err
	}
	rows.Close()
	var body struct {
		Template string `json:"template"`
	}
	if err := c.BodyParser(&body); err != nil {
		return err
	}
	// ruleid: trace.go.sql-injection.tainted-query
	_, err = n.pool.Exec(c.Context(), fmt.Sprintf("UPDATE contacts SET template = '%s'", body.Template))
	return err
}

func unsubscribe(c *fiber.Ctx) error {
	// ruleid: trace.go.open-redirect.tainted-redirect
	return c.Redirect(c.Query("next"), fiber.StatusFound)
}

func unsubscribed(c *fiber.Ctx) error {
	// ok: trace.go.open-redirect.tainted-redirect
	return c.Redirect("/unsubscribed?id="+c.Params("id"), fiber.StatusFound)
}

func attachment(c *fiber.Ctx) error {
	// ruleid: trace.go.path-traversal.tainted-file-path
	return c.SendFile("/srv/attachments/" + c.Params("name"))
}

// Fiber sends a string as text/plain until the response is typed as HTML
func searchPage(c *fiber.Ctx) error {
	city := c.Query("city")
	c.Type("html")
	// ruleid: trace.go.xss.tainted-response
	return c.SendString(fmt.Sprintf("<h2>Stations in %s</h2>", city))
}

func searchText(c *fiber.Ctx) error {
	city := c.Query("city")
	// ok: trace.go.xss.tainted-response
	return c.SendString(fmt.Sprintf("Stations in %s", city))
}

func searchEscaped(c *fiber.Ctx) error {
	city := c.Query("city")
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	// ok: trace.go.xss.tainted-response
	return c.SendString("<h2>Stations in " + html.EscapeString(city) + "</h2>")
}

// squirrel: literal SQL with bound values, or a string built into the clause
func tariffs(c *fiber.Ctx) error {
	zone := c.Query("zone")
	qb := sq.Select("*").From("tariffs")
	// ruleid: trace.go.sql-injection.tainted-query
	qb = qb.Where(fmt.Sprintf("zone_code = '%s'", zone))
	// ok: trace.go.sql-injection.tainted-query
	qb = qb.Where(sq.Expr("zone_code = ? AND active", zone))
	// ok: trace.go.sql-injection.tainted-query
	qb = qb.Where(sq.Eq{"zone_code": zone})
	return c.JSON(qb)
}

// bun: a raw query and the builder's expression clauses take SQL text
func repairs(c *fiber.Ctx, db *bun.DB) error {
	part := c.Query("part")
	var out []map[string]interface{}
	// ruleid: trace.go.sql-injection.tainted-query
	err := db.NewRaw("SELECT * FROM repairs WHERE part = '"+part+"' LIMIT ?", 100).Scan(c.UserContext(), &out)
	// ok: trace.go.sql-injection.tainted-query
	err = db.NewRaw("SELECT * FROM repairs WHERE part = ? LIMIT ?", part, 100).Scan(c.UserContext(), &out)
	// ruleid: trace.go.sql-injection.tainted-query
	err = db.NewSelect().Table("repairs").OrderExpr(c.Query("sort")).Scan(c.UserContext(), &out)
	if err != nil {
		return err
	}
	return c.JSON(out)
}

// a pointer bound as Fiber's guide writes it; Location set by hand; the context as a writer
type contactFilter struct {
	Region string `query:"region"`
}

func contactsByRegion(c *fiber.Ctx) error {
	f := new(contactFilter)
	if err := c.QueryParser(f); err != nil {
		return err
	}
	// ruleid: trace.go.sql-injection.tainted-query
	_, err := n0.pool.Exec(c.Context(), "DELETE FROM contacts WHERE region = '"+f.Region+"'")
	return err
}

var n0 notifier

func unsubscribeBack(c *fiber.Ctx) error {
	if c.Query("via") == "header" {
		// ruleid: trace.go.open-redirect.tainted-redirect
		c.Set(fiber.HeaderLocation, c.Query("next"))
		return c.SendStatus(fiber.StatusFound)
	}
	// ok: trace.go.open-redirect.tainted-redirect
	c.Set("X-Next", c.Query("next"))
	// ruleid: trace.go.open-redirect.tainted-redirect
	c.Location(c.Query("next"))
	return c.SendStatus(fiber.StatusFound)
}

func exportName(c *fiber.Ctx) error {
	// Fiber's Attachment only names the download in a header
	// ok: trace.go.path-traversal.tainted-file-path
	c.Attachment(c.Query("name"))
	return c.SendString("export")
}

func stationCard(c *fiber.Ctx) error {
	c.Type("html")
	// ruleid: trace.go.xss.tainted-response
	_, err := fmt.Fprintf(c, "<h2>%s</h2>", c.Query("city"))
	return err
}

func stationText(c *fiber.Ctx) error {
	// ok: trace.go.xss.tainted-response
	_, err := fmt.Fprintf(c, "Stations in %s", c.Query("city"))
	return err
}

// an untyped map parsed from the body reaches a MongoDB filter
func (n *notifier) optOut(c *fiber.Ctx) error {
	var body map[string]interface{}
	if err := c.BodyParser(&body); err != nil {
		return err
	}
	// ruleid: trace.go.nosql-injection.operator-injection
	_, err := optOuts.DeleteOne(c.Context(), bson.M{"phone": body["phone"]})
	if err != nil {
		return err
	}
	phone, ok := body["phone"].(string)
	if !ok {
		return fiber.ErrBadRequest
	}
	// ok: trace.go.nosql-injection.operator-injection
	_, err = optOuts.DeleteOne(c.Context(), bson.M{"phone": phone})
	return err
}

// Fiber's own reads are sources, never sinks: a query parameter with its default, a header
// by its constant
func (n *notifier) sorted(c *fiber.Ctx) error {
	// ok: trace.go.sql-injection.tainted-query
	sort := c.Query("sort", "issued")
	// ok: trace.go.ssrf.tainted-url
	auth := c.Get(fiber.HeaderAuthorization)
	// ok: trace.go.ssrf.tainted-url
	origin := c.Get(fiber.HeaderOrigin, "")
	// ruleid: trace.go.ssrf.tainted-url
	resp, err := http.Get(c.Query("feed"))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return c.JSON(fiber.Map{"sort": sort, "auth": auth != "", "origin": origin})
}
