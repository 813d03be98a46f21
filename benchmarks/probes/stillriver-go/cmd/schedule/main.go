package main

import (
	"flag"
	"fmt"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/rest"

	"github.com/stillriver/stillriver/internal/schedule"
)

var configFile = flag.String("f", "etc/schedule.yaml", "the config file")

func main() {
	flag.Parse()

	var c schedule.Config
	conf.MustLoad(*configFile, &c, conf.UseEnv())

	server := rest.MustNewServer(c.RestConf)
	defer server.Stop()

	svcCtx := schedule.NewServiceContext(c)
	schedule.RegisterHandlers(server, svcCtx)

	fmt.Printf("Starting schedule service at %s:%d...\n", c.Host, c.Port)
	server.Start()
}
