package main

import (
	"flag"
	"fmt"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/rest"

	"github.com/saltmarsh/survey/internal/config"
	"github.com/saltmarsh/survey/internal/handler"
	"github.com/saltmarsh/survey/internal/svc"
)

var configFile = flag.String("f", "etc/saltmarsh-api.yaml", "the config file")

func main() {
	flag.Parse()

	var c config.Config
	conf.MustLoad(*configFile, &c, conf.UseEnv())

	server := rest.MustNewServer(c.RestConf)
	defer server.Stop()

	ctx := svc.NewServiceContext(c)
	handler.RegisterHandlers(server, ctx)

	fmt.Printf("Starting saltmarsh-api at %s:%d...\n", c.Host, c.Port)
	server.Start()
}
