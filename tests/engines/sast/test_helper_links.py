"""Taint carried into a helper of another file (a DAO, a model, a package function), through
the SAST runner, real semgrep and the result cache.

Each home file below holds a sink its helper's parameter reaches; whether a finding is reported
depends only on what the other file's callers pass, and on whether the call names the home.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.engine_trees import line_of, write_targets
from tracesec.engines.model import EngineOutcome, ScanConfig
from tracesec.engines.sast import start
from tracesec.engines.sast.command import bundled_rules
from tracesec.engines.sast.helper_candidates import Words, helpers_of, words_of
from tracesec.engines.sast.helper_links import CALLERS_IN_ONE_RUN, Links, _File, find_links
from tracesec.engines.sast.same_file import language_of

VIEWS_PY = """\
from flask import request
from app.dao.student import Student
from app.dao.course import Course
from app.dao import reports
from app import net
from app.dao.repository import StudentRepository


def add_student(conn):
    Student.create(conn, request.form["name"])


def add_course(conn):
    Course.create(conn, "fixed title")


def report(conn):
    reports.run(conn, request.args.get("day"))


def unrelated(conn, cache):
    cache.create(conn, request.args.get("key"))


def check_host():
    net.ping(request.args.get("host"))


def enrol(conn):
    repo = StudentRepository(conn)
    repo.enrol(request.form["course"])


def rename(conn):
    StudentRepository(conn).rename(request.form["new_name"])
"""

REPOSITORY_PY = """\
class StudentRepository:
    def __init__(self, conn):
        self.conn = conn

    def enrol(self, course):
        self.conn.cursor().execute("INSERT INTO enrolments VALUES ('%s')" % course)

    def rename(self, name):
        self.conn.cursor().execute("UPDATE students SET name = '%s'" % name)
"""

NET_PY = """\
import os


def ping(host):
    os.system("ping -c 1 " + host)
"""

STUDENT_PY = """\
class Student:
    @staticmethod
    def create(conn, name):
        q = "INSERT INTO students (name) VALUES ('%s')" % name
        cur = conn.cursor()
        cur.execute(q)
"""

COURSE_PY = """\
class Course:
    @staticmethod
    def create(conn, title):
        q = "INSERT INTO courses (title) VALUES ('%s')" % title
        cur = conn.cursor()
        cur.execute(q)
"""

REPORTS_PY = """\
def run(conn, day):
    cur = conn.cursor()
    cur.execute("SELECT * FROM sales WHERE day = '" + day + "'")
"""

COUNT_PY = """

def count(conn, day):
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM sales WHERE day = '%d'" % int(day))
"""

ROUTES_JS = """\
const { AllocationsDAO } = require("../data/allocations-dao");

function AllocationsHandler(db) {
    const allocationsDAO = new AllocationsDAO(db);
    this.display = (req, res) => {
        const { threshold } = req.query;
        allocationsDAO.byThreshold(req.params.userId, threshold, (err, rows) => res.json(rows));
        allocationsDAO.byOwner("admin", (err, rows) => res.json(rows));
    };
}
module.exports = AllocationsHandler;
"""

ALLOCATIONS_DAO_JS = """\
function AllocationsDAO(db) {
    const col = db.collection("allocations");
    this.byThreshold = (userId, threshold, callback) => {
        col.find({ $where: `this.stocks > '${threshold}'` }).toArray(callback);
    };
    this.byOwner = function (owner, callback) {
        col.find({ $where: `this.owner == '${owner}'` }).toArray(callback);
    };
}
module.exports = { AllocationsDAO };
"""

CONTROLLER_JAVA = """\
package shop.web;

import javax.servlet.http.HttpServletRequest;
import shop.data.UserDao;

public class UserController {
    private UserDao userDao;

    public Object search(HttpServletRequest request) throws Exception {
        return userDao.findByName(request.getParameter("name"));
    }

    public Object all() throws Exception {
        return userDao.findByCity("Leeds");
    }
}
"""

USER_DAO_JAVA = """\
package shop.data;

import java.sql.Connection;
import java.sql.ResultSet;

public class UserDao {
    private Connection conn;

    public ResultSet findByName(String name) throws Exception {
        String query = "SELECT * FROM users WHERE name = '" + name + "'";
        return conn.createStatement().executeQuery(query);
    }

    public ResultSet findByCity(String city) throws Exception {
        String query = "SELECT * FROM users WHERE city = '" + city + "'";
        return conn.createStatement().executeQuery(query);
    }
}
"""

HANDLERS_GO = """\
package web

import (
	"net/http"

	"example.com/shop/store"
)

func Search(w http.ResponseWriter, r *http.Request) {
	store.FindUser(r.URL.Query().Get("name"))
}
"""

USERS_GO = """\
package store

import "database/sql"

var db *sql.DB

func FindUser(name string) {
	db.Query("SELECT * FROM users WHERE name = '" + name + "'")
}
"""

ORDERS_JS = """\
const express = require("express");
const db = require("../lib/db");
const router = express.Router();

router.get("/orders", async (req, res) => {
    res.json(await db.query("SELECT * FROM orders WHERE id = '" + req.query.id + "'"));
});
"""

PROFILE_ROUTES_JS = """\
const ProfileDAO = require("../data/profile-dao").ProfileDAO;

function ProfileHandler(db) {
    this.profiles = new ProfileDAO(db);
    this.show = (req, res) => {
        this.profiles.byName(req.query.name, (err, rows) => res.json(rows));
    };
}
module.exports = ProfileHandler;
"""

PROFILE_DAO_JS = """\
function ProfileDAO(db) {
    const users = db.collection("users");
    this.byName = (name, callback) => {
        users.find({ $where: `this.name == '${name}'` }).toArray(callback);
    };
}
module.exports = { ProfileDAO };
"""

ACCOUNT_CONTROLLER_JAVA = """\
package shop.web;

import javax.servlet.http.HttpServletRequest;
import shop.data.AccountRepository;

public class AccountController {
    private final AccountRepository accounts;

    public AccountController(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Object byOwner(HttpServletRequest request) throws Exception {
        return accounts.findByOwner(request.getParameter("owner"));
    }

    public Object byIban(HttpServletRequest request) throws Exception {
        return new JdbcAccountRepository().findByIban(request.getParameter("iban"));
    }
}
"""

ACCOUNT_REPOSITORY_JAVA = """\
package shop.data;

import java.sql.ResultSet;

public interface AccountRepository {
    ResultSet findByOwner(String owner) throws Exception;
}
"""

JDBC_ACCOUNT_REPOSITORY_JAVA = """\
package shop.data;

import java.sql.Connection;
import java.sql.ResultSet;

public class JdbcAccountRepository implements AccountRepository {
    private Connection conn;

    @Override
    public ResultSet findByOwner(String owner) throws Exception {
        String query = "SELECT * FROM accounts WHERE owner = '" + owner + "'";
        return conn.createStatement().executeQuery(query);
    }

    public ResultSet findByIban(String iban) throws Exception {
        String query = "SELECT * FROM accounts WHERE iban = '" + iban + "'";
        return conn.createStatement().executeQuery(query);
    }
}
"""

PROFILE_HANDLER_GO = """\
package web

import "net/http"

func Show(w http.ResponseWriter, r *http.Request) {
	p := NewProfile()
	p.Load(r.FormValue("uid"))
	NewProfile().Rename(r.FormValue("name"))
}
"""

PROFILE_GO = """\
package web

import "database/sql"

var conn *sql.DB

type Profile struct {
	Name string
}

func NewProfile() *Profile {
	return &Profile{}
}

func (p *Profile) Load(uid string) {
	conn.Query("SELECT name FROM profiles WHERE id = " + uid)
}

func (p *Profile) Rename(name string) {
	conn.Exec("UPDATE profiles SET name = '" + name + "'")
}
"""

ORDER_CONTROLLER_JAVA = """\
package shop.web;

import javax.servlet.http.HttpServletRequest;
import shop.service.OrderService;

public class OrderController {
    private OrderService orders;

    public Object search(HttpServletRequest request) throws Exception {
        return orders.search(request.getParameter("q"));
    }

    public Object sorted(HttpServletRequest request) throws Exception {
        return orders.sorted(request.getParameter("sort"));
    }
}
"""

ORDER_SERVICE_JAVA = """\
package shop.service;

import java.sql.ResultSet;
import shop.data.OrderRepository;

public class OrderService {
    private OrderRepository repository;

    public ResultSet search(String term) throws Exception {
        return repository.findByTerm(term.trim());
    }

    public ResultSet sorted(String order) throws Exception {
        return repository.findAll("created");
    }
}
"""

ORDER_REPOSITORY_JAVA = """\
package shop.data;

import java.sql.Connection;
import java.sql.ResultSet;

public class OrderRepository {
    private Connection conn;

    public ResultSet findByTerm(String term) throws Exception {
        String query = "SELECT * FROM orders WHERE note LIKE '%" + term + "%'";
        return conn.createStatement().executeQuery(query);
    }

    public ResultSet findAll(String order) throws Exception {
        String query = "SELECT * FROM orders ORDER BY " + order;
        return conn.createStatement().executeQuery(query);
    }
}
"""

SIGNUP_PY = """\
from flask import request
from app import accounts_service


def signup():
    accounts_service.register(request.form["email"])
"""

ACCOUNTS_SERVICE_PY = """\
from app.dao import accounts


def register(email):
    accounts.insert(email.strip().lower())
"""

ACCOUNTS_PY = """\
conn = None


def insert(email):
    conn.cursor().execute("INSERT INTO accounts (email) VALUES ('%s')" % email)
"""

REPORT_CONTROLLER_JAVA = """\
package shop.web;

import javax.servlet.http.HttpServletRequest;
import shop.util.Digests;

public class ReportController {
    public Object digest(HttpServletRequest request) throws Exception {
        String name = request.getParameter("name");
        return Digests.of(name);
    }
}
"""

DIGESTS_JAVA = """\
package shop.util;

import java.io.File;
import java.io.FileInputStream;

public class Digests {
    public static String of(String text) {
        return Integer.toHexString(text.hashCode());
    }

    public static String of(File file) throws Exception {
        try (FileInputStream in = new FileInputStream(file)) {
            return Integer.toHexString(in.read());
        }
    }
}
"""

DB_JS = """\
const { Pool } = require("pg");
const pool = new Pool();

exports.query = (text, params) => pool.query(text, params);
"""

# FastAPI: a body model's field handed to a module's function. The route's source binds `$T`
# (the parameter's type), which semgrep writes into the call rule's unbound `$TRACE_HELPER`.
LOGIN_PY = """\
from fastapi import FastAPI
from pydantic import BaseModel

from . import lookup

api = FastAPI()


class LoginRequest(BaseModel):
    username: str


@api.post("/login")
def login(body: LoginRequest):
    return {"found": lookup.account_by_name(body.username) is not None}
"""

LOOKUP_PY = """\
import sqlite3


def account_by_name(username):
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT id FROM accounts WHERE username = '%s'" % username)
    return cur.fetchone()
"""

# Spring: controller -> service -> repository, where the service reads an upload's stream
# (`getInputStream`, a word of the servlet request's reads, without the request's type) and
# the repository calls a JdbcTemplate field declared outside the method
INVOICE_CONTROLLER_JAVA = """\
package shop.web;

@RestController
public class InvoiceController {
    private final InvoiceService invoices;

    @GetMapping("/invoices/search")
    public List<Map<String, Object>> search(@RequestParam("customer") String customer) {
        return invoices.searchByCustomer(customer.trim());
    }
}
"""

INVOICE_SERVICE_JAVA = """\
package shop.service;

@Service
public class InvoiceService {
    private final InvoiceRepository repository;

    public List<Map<String, Object>> searchByCustomer(String customerName) {
        return repository.findByCustomerName(customerName);
    }

    public int importArchive(MultipartFile upload) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(upload.getInputStream())) {
            return zip.available();
        }
    }
}
"""

INVOICE_REPOSITORY_JAVA = """\
package shop.data;

@Repository
public class InvoiceRepository {
    private final JdbcTemplate jdbcTemplate;

    public List<Map<String, Object>> findByCustomerName(String customerName) {
        String sql = "SELECT id FROM invoices WHERE customer_name LIKE '%" + customerName + "%'";
        return jdbcTemplate.queryForList(sql);
    }
}
"""

# Go: a handler's struct holds the store (`p.Store.InvoicesFor(...)`): the receiver is a
# field of the handler, not a bare variable
PORTAL_GO = """\
package handlers

import (
	"net/http"

	"example.com/ledger/billing"
)

type Portal struct {
	Store *billing.Store
}

func (p *Portal) Invoices(w http.ResponseWriter, r *http.Request) {
	p.Store.InvoicesFor(r.URL.Query().Get("customer"))
}
"""

BILLING_STORE_GO = """\
package billing

import "database/sql"

type Store struct {
	DB *sql.DB
}

func (s *Store) InvoicesFor(customer string) {
	s.DB.Query("SELECT id FROM invoices WHERE customer = '" + customer + "'")
}
"""

# a view reaching its repository through a factory of its own file
CLINIC_PY = """\
from flask import Flask, jsonify, request

from app.clinic_store import AppointmentStore, connect

app = Flask(__name__)


def _store():
    return AppointmentStore(connect())


@app.get("/appointments")
def appointments():
    clinician = request.args.get("clinician", "")
    return jsonify(_store().by_clinician(clinician))
"""

CLINIC_STORE_PY = """\
import sqlite3


def connect():
    return sqlite3.connect("clinic.db")


class AppointmentStore:
    def __init__(self, conn):
        self.conn = conn

    def by_clinician(self, clinician):
        sql = "SELECT id FROM appointments WHERE clinician = '%s'" % clinician
        return self.conn.execute(sql).fetchall()
"""

# a route handing request data to a module whose helper runs `exec` under another name
# (`const execAsync = promisify(exec)`) and types a parameter inline (`{ size: number }`)
PHOTO_ROUTES_TS = """\
import Router from "@koa/router";
import * as photos from "../lib/photos";

export const router = new Router();

router.post("/pets/:id/photo", async (ctx) => {
  const upload = ctx.request.files.photo;
  ctx.body = await photos.storePhoto(upload.originalFilename, { size: 320 });
});
"""

PHOTOS_TS = """\
import { exec } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);

export async function storePhoto(name: string, options: { size: number; crop?: boolean }) {
  const target = `/srv/photos/${name}`;
  await execAsync(`convert "${target}" -thumbnail ${options.size} thumb.jpg`);
  return target;
}
"""

# a route calling a method of an object of methods another module exports (`newsRepo`), where
# a class would do; the object's name is neither a class nor the module's ("news")
NEWS_ROUTES_TS = """\
import Router from "@koa/router";
import { newsRepo } from "../data/news";

export const router = new Router();

router.get("/news/search", async (ctx) => {
  ctx.body = await newsRepo.search(String(ctx.query.q ?? ""));
});

router.get("/news/ranked", async (ctx) => {
  ctx.body = await newsRepo.ranked(String(ctx.query.q ?? ""));
});
"""

NEWS_TS = """\
import { db } from "./db";

export const newsRepo = {
  async search(term: string): Promise<Row[]> {
    const result = await db.raw(`SELECT id FROM news WHERE title ILIKE '%${term}%'`);
    return result.rows;
  },

  async ranked(term: string): Promise<Row[]> {
    const result = await db.raw("SELECT id FROM news WHERE title ILIKE ?", [term]);
    return result.rows;
  },
};
"""

# a handler handing request data to a service of its package whose method opens a file only
# through a helper that keeps the path inside its directory; another through one that does not
FIRMWARE_HANDLERS_GO = """\
package fleet

import "net/http"

func (s *FirmwareService) download(w http.ResponseWriter, r *http.Request) {
	f, _ := s.OpenBundle(r.URL.Query().Get("bundle"))
	defer f.Close()
	g, _ := s.OpenNotes(r.URL.Query().Get("notes"))
	defer g.Close()
}
"""

FIRMWARE_GO = """\
package fleet

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

type FirmwareService struct{ bundleDir, notesDir string }

func (s *FirmwareService) bundlePath(name string) (string, error) {
	full := filepath.Clean(filepath.Join(s.bundleDir, name))
	if !strings.HasPrefix(full, s.bundleDir+string(os.PathSeparator)) {
		return "", errors.New("outside the bundle directory")
	}
	return full, nil
}

func (s *FirmwareService) OpenBundle(name string) (*os.File, error) {
	full, err := s.bundlePath(name)
	if err != nil {
		return nil, err
	}
	return os.Open(full)
}

func (s *FirmwareService) notesPath(name string) string {
	return filepath.Join(s.notesDir, name)
}

func (s *FirmwareService) OpenNotes(name string) (*os.File, error) {
	return os.Open(s.notesPath(name))
}
"""

# C#: a controller hands a query value to a repository it holds through an interface (the
# constructor-injected field `_guests`); the repository builds the SQL
GUESTS_CONTROLLER_CS = """\
using Microsoft.AspNetCore.Mvc;

namespace Innkeep.Controllers;

[ApiController]
[Route("guests")]
public class GuestsController : ControllerBase
{
    private readonly IGuestRepository _guests;

    public GuestsController(IGuestRepository guests)
    {
        _guests = guests;
    }

    [HttpGet("search")]
    public IActionResult Search([FromQuery] string name)
    {
        return Ok(_guests.FindByName(name));
    }

    [HttpGet("by-email")]
    public IActionResult ByEmail([FromQuery] string email)
    {
        return Ok(_guests.FindByEmail(email));
    }
}
"""

ARCHIVE_CONTROLLER_CS = """\
using Hangfire;
using Microsoft.AspNetCore.Mvc;

namespace Innkeep.Controllers;

[ApiController]
[Route("archive")]
public class ArchiveController : ControllerBase
{
    private readonly IBackgroundJobClient _jobs;

    public ArchiveController(IBackgroundJobClient jobs)
    {
        _jobs = jobs;
    }

    [HttpPost("{season}")]
    public IActionResult Archive([FromRoute] string season)
    {
        var id = _jobs.Enqueue<SeasonArchiveJobs>(job => job.ArchiveSeason(season));
        return Accepted(id);
    }
}
"""

SEASON_ARCHIVE_JOBS_CS = """\
using Npgsql;

namespace Innkeep.Jobs;

public class SeasonArchiveJobs
{
    private readonly NpgsqlDataSource _data;

    public SeasonArchiveJobs(NpgsqlDataSource data)
    {
        _data = data;
    }

    public async Task ArchiveSeason(string season)
    {
        await using var connection = await _data.OpenConnectionAsync();
        var sql = "INSERT INTO stays_archive SELECT * FROM stays WHERE season = '" + season + "'";
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }
}
"""

GUEST_REPOSITORY_CS = """\
using Dapper;
using Microsoft.EntityFrameworkCore;

namespace Innkeep.Data;

public interface IGuestRepository
{
    List<Guest> FindByName(string name);
    List<Guest> FindByEmail(string email);
}

public class GuestRepository : IGuestRepository
{
    private readonly InnkeepDbContext _db;

    public GuestRepository(InnkeepDbContext db)
    {
        _db = db;
    }

    public List<Guest> FindByName(string name)
    {
        return _db.Guests.FromSqlRaw("SELECT * FROM guests WHERE name = '" + name + "'").ToList();
    }

    public List<Guest> FindByEmail(string email)
    {
        return _db.Guests.FromSqlRaw("SELECT * FROM guests WHERE email = {0}", email).ToList();
    }
}
"""

# a service between them whose members are expression-bodied (`=> stays.ForRoom(room);`)
STAYS_CONTROLLER_CS = """\
using Microsoft.AspNetCore.Mvc;

namespace Innkeep.Controllers;

[ApiController]
[Route("stays")]
public class StaysController : ControllerBase
{
    private readonly IStayService _stays;

    public StaysController(IStayService stays)
    {
        _stays = stays;
    }

    [HttpGet("by-room")]
    public IActionResult ByRoom([FromQuery] string room)
    {
        return Ok(_stays.ForRoom(room));
    }

    [HttpGet("by-guest")]
    public IActionResult ByGuest([FromQuery] string guest)
    {
        return Ok(_stays.ForGuest(guest));
    }
}
"""

STAY_SERVICE_CS = """\
namespace Innkeep.Services;

public interface IStayService
{
    List<Stay> ForRoom(string room);
    List<Stay> ForGuest(string guest);
}

public class StayService : IStayService
{
    private readonly IStayRepository _repository;

    public StayService(IStayRepository repository)
    {
        _repository = repository;
    }

    public List<Stay> ForRoom(string room) => _repository.ForRoom(room);

    public List<Stay> ForGuest(string guest) => _repository.ForGuest(guest);
}
"""

# ServiceStack: a request DTO reaches a service's public method (a handler input), and the
# repository is a property the container sets
LEASE_SERVICES_CS = """\
using ServiceStack;

namespace Oakharbor.ServiceInterface;

public class LeaseServices : Service
{
    public LeaseRepository Leases { get; set; }

    public object Any(FindLeases request)
    {
        return Leases.ByHolder(request.Holder);
    }
}
"""

LEASE_REPOSITORY_CS = """\
using Dapper;
using Microsoft.Data.SqlClient;

namespace Oakharbor.Data;

public class LeaseRepository
{
    private readonly SqlConnection _db;

    public LeaseRepository(SqlConnection db)
    {
        _db = db;
    }

    public IEnumerable<Lease> ByHolder(string holder)
    {
        return _db.Query<Lease>("SELECT * FROM leases WHERE holder = '" + holder + "'");
    }
}
"""

STAY_REPOSITORY_CS = """\
using Microsoft.EntityFrameworkCore;

namespace Innkeep.Data;

public interface IStayRepository
{
    List<Stay> ForRoom(string room);
    List<Stay> ForGuest(string guest);
}

public class StayRepository : IStayRepository
{
    private readonly InnkeepDbContext _db;

    public StayRepository(InnkeepDbContext db)
    {
        _db = db;
    }

    public List<Stay> ForRoom(string room)
    {
        return _db.Stays.FromSqlRaw("SELECT * FROM stays WHERE room = '" + room + "'").ToList();
    }

    public List<Stay> ForGuest(string guest)
    {
        return _db.Stays.FromSqlRaw("SELECT * FROM stays WHERE guest = {0}", guest).ToList();
    }
}
"""

# a view hands a dataclass to a service, which hands one of its fields on to a repository it
# holds as an injected dependency with a default (`self.repo = repo or BookRepository()`); the
# service's parameter is named `req`, as a request would be, but annotated as the dataclass
SEARCH_VIEWS_PY = """\
from django.http import JsonResponse
from catalog.services.search import CatalogSearchService, SearchRequest


def search(request):
    term = request.GET.get("q", "")
    return JsonResponse({"rows": CatalogSearchService().run(SearchRequest(term=term))})


def shelf(request):
    return JsonResponse({"rows": CatalogSearchService().run(SearchRequest(term="new"))})
"""

SEARCH_SERVICE_PY = """\
from dataclasses import dataclass

from catalog.repositories import BookRepository


@dataclass
class SearchRequest:
    term: str


class CatalogSearchService:
    def __init__(self, repo=None):
        self.repo = repo or BookRepository()

    def run(self, req: SearchRequest):
        return self.repo.search_titles(req.term)
"""

BOOK_REPOSITORY_PY = """\
from catalog.models import Book


class BookRepository:
    def search_titles(self, term):
        return list(Book.objects.raw(f"SELECT * FROM books WHERE title ILIKE '%{term}%'"))
"""

# a service that fetches a feed with urllib.request reads no request data: it is a file
# between the view and the repository
RATES_VIEWS_PY = """\
from django.http import JsonResponse
from rates import rate_service


def lane_rates(request):
    return JsonResponse({"rows": rate_service.rates_for_lane(request.GET["lane"])})
"""

RATE_SERVICE_PY = """\
import json
import urllib.request

from rates import rate_store

FUEL_FEED = "https://fuel.example.com/diesel.json"


def diesel_index():
    with urllib.request.urlopen(FUEL_FEED, timeout=10) as resp:
        return json.load(resp)["index"]


def rates_for_lane(lane):
    return [dict(row, fuel=diesel_index()) for row in rate_store.for_lane(lane)]
"""

RATE_STORE_PY = """\
from django.db import connection


def for_lane(lane):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM rates WHERE lane = '" + lane + "'")
        return cursor.fetchall()
"""

# Python: functions handed to a thread or an executor, and Celery tasks queued, with the
# request's values: each is called later with the arguments after it
CREW_ROUTES_PY = """\
import asyncio

from fastapi import APIRouter, Query

from crewdesk import directory, exports, gateway, ledger, tasks
from crewdesk.queues import diagnostics_queue
from datetime import timedelta

router = APIRouter()


@router.get("/directory")
async def employee(employee_no: str = Query(...)):
    return await asyncio.to_thread(directory.lookup_employee, employee_no)


@router.get("/ledger")
async def entries(crew_ref: str = Query(...)):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, ledger.entries_for, crew_ref)


@router.post("/webhook-test")
async def webhook_test(url: str = Query(...)):
    tasks.deliver.delay(url)
    return {"queued": url}


@router.post("/diagnostics")
async def diagnostics_ping(host: str = Query(...)):
    job = diagnostics_queue.enqueue(gateway.ping_host, host, "ops")
    later = diagnostics_queue.enqueue_in(timedelta(minutes=5), gateway.trace_route, host)
    diagnostics_queue.enqueue(gateway.flush_arp, "eth0")
    return {"job": job.id, "later": later.id}


@router.post("/diagnostics/report")
async def diagnostics_report(host: str = Query(...)):
    # RQ by the job function's dotted path: the module is never imported here
    job = diagnostics_queue.enqueue("crewdesk.jobs.network.mtr_report", host, result_ttl=600)
    diagnostics_queue.enqueue("crewdesk.jobs.network.flush_dns", "eth0")
    return {"job": job.id}


@router.post("/exports")
async def export_roster(out_name: str = Query("")):
    exports.submit_export("north", out_name)
    return {"queued": True}


@router.post("/archive")
async def archive(month: str = Query(...)):
    tasks.archive_month.delay(month)
    tasks.export_month.apply_async(args=["csv", month], countdown=5)
    tasks.purge_month.delay("2024-01")
    tasks.rotate_month.delay(month=month)
    return {"queued": month}
"""

CREW_GATEWAY_PY = """\
import subprocess


def ping_host(host, requested_by):
    return subprocess.run(f"ping -c 4 {host}", shell=True, capture_output=True).returncode


def trace_route(host):
    return subprocess.run(f"traceroute {host}", shell=True, capture_output=True).returncode


def flush_arp(device):
    return subprocess.run(f"ip neigh flush dev {device}", shell=True).returncode
"""

CREW_NETWORK_JOBS_PY = """\
import subprocess


def mtr_report(host):
    return subprocess.run(f"mtr --report {host}", shell=True, capture_output=True).stdout


def flush_dns(device):
    return subprocess.run(f"resolvectl flush-caches {device}", shell=True).returncode
"""

CREW_EXPORTS_PY = """\
import os
from concurrent.futures import ThreadPoolExecutor

_pool = ThreadPoolExecutor(max_workers=2)


def _run_export(site, out_name):
    return os.system(f"roster-export --site {site} --out /exports/{out_name}")


def _run_archive(site):
    return os.system(f"roster-archive --site {site}")


def submit_export(site, out_name):
    _pool.submit(_run_archive, "north")
    return _pool.submit(_run_export, "north", out_name or "roster.csv")
"""

CREW_NOTIFY_PY = """\
import requests


def post_event(url):
    return requests.post(url, json={"event": "test"}, timeout=5).status_code
"""

CREW_DIRECTORY_PY = """\
from ldap3 import SUBTREE, Connection


def lookup_employee(employee_no):
    conn = Connection("ldap://ldap.example.com", auto_bind=True)
    conn.search("ou=crew,dc=example", f"(employeeNumber={employee_no})", search_scope=SUBTREE)
    return conn.entries
"""

CREW_LEDGER_PY = """\
from lxml import etree


def entries_for(crew_ref):
    tree = etree.parse("/srv/ledger.xml")
    return tree.xpath(f"//record[@crewId='{crew_ref}']")
"""

CREW_TASKS_PY = """\
import os

import requests
from celery import shared_task

from crewdesk import notify


@shared_task(bind=True, max_retries=3)
def deliver(self, url):
    try:
        return notify.post_event(url)
    except requests.RequestException as exc:
        raise self.retry(exc=exc)


@shared_task(bind=True)
def archive_month(self, month):
    os.system(f"tar czf /var/backups/roster-{month}.tgz /srv/rosters/{month}")


@shared_task
def export_month(fmt, month):
    os.system(f"roster-export --format {fmt} --month {month}")


@shared_task
def rotate_month(month):
    os.system(f"logrotate --month {month}")


@shared_task
def purge_month(month):
    os.system(f"rm -rf /srv/rosters/tmp/{month}")
"""

# a file between hands a value on through a clean helper of its own (a constant table's
# lookup): the column it passes is clean, the base it passes as it came is not
ROSTER_ROUTES_PY = """\
from fastapi import APIRouter, Query

from crewdesk import roster_service

router = APIRouter()


@router.get("/reserve")
async def reserve(sort: str = Query("seniority")):
    return await roster_service.reserve_crew(sort)


@router.get("/base")
async def by_base(base: str = Query(...), sort: str = Query("seniority")):
    return await roster_service.crew_for_base(base, sort)
"""

ROSTER_SERVICE_PY = """\
from crewdesk import crew_repo

SORT_COLUMNS = {"seniority": "seniority_no", "name": "last_name, first_name"}


def _order_column(sort):
    return SORT_COLUMNS.get(sort, "seniority_no")


async def reserve_crew(sort):
    return await crew_repo.list_reserve(_order_column(sort))


async def crew_for_base(base, sort):
    return await crew_repo.list_by_base(base, _order_column(sort))
"""

CREW_REPO_PY = """\
import asyncpg

POOL = None


async def list_reserve(order_col):
    async with POOL.acquire() as conn:
        return await conn.fetch(f"SELECT id FROM crew WHERE status = 'R' ORDER BY {order_col}")


async def list_by_base(base, order_col):
    async with POOL.acquire() as conn:
        return await conn.fetch(f"SELECT id FROM crew WHERE base = '{base}' ORDER BY {order_col}")
"""

# TypeScript: a service takes the route's values as a request object of its own type
# (`req: ExportRequest`), a value, not the framework's request, and hands a field on
EXPORT_ROUTES_TS = """\
import { Router } from "express";
import { exportCsv } from "../services/exports";

export const router = Router();

router.post("/exports", async (req, res) => {
  res.json(await exportCsv({ period: req.body.period, artist: "a1" }));
});
"""

EXPORT_SERVICE_TS = """\
import { runExport } from "../lib/runner";

export interface ExportRequest {
  period: string;
  artist: string;
}

export async function exportCsv(req: ExportRequest): Promise<{ summary: string }> {
  return { summary: await runExport(`royalty-export --period ${req.period}`) };
}
"""

EXPORT_RUNNER_TS = """\
import { execSync } from "child_process";

export async function runExport(line: string): Promise<string> {
  return execSync(line).toString();
}
"""

# Go: a handler method calls a service through a field its package declares in another file
# (`h.Documents.Save(...)`, `Documents` a field of `Deps`, which `Handler` embeds)
CLINIC_DEPS_GO = """\
package clinicweb

import "example.com/clinic/internal/docs"

type Deps struct {
	Documents *docs.Service
}

type Handler struct{ Deps }
"""

CLINIC_UPLOADS_GO = """\
package clinicweb

import "net/http"

func (h *Handler) Upload(w http.ResponseWriter, r *http.Request) {
	if err := h.Documents.Save(r.FormValue("name")); err != nil {
		http.Error(w, "failed", http.StatusInternalServerError)
	}
}
"""

CLINIC_DOCS_GO = """\
package docs

import (
	"os"
	"path/filepath"
)

type Service struct{ root string }

func (s *Service) Save(name string) error {
	return os.WriteFile(filepath.Join(s.root, name), []byte("x"), 0o600)
}
"""

# PHP: a Laravel controller hands request data to a repository it receives as a promoted
# constructor parameter (`private readonly OrderRepository $orders`)
ORDER_CONTROLLER_PHP = """\
<?php
namespace App\\Http\\Controllers;

use App\\Repositories\\CustomerOrderRepository;
use App\\Repositories\\OrderRepository;
use Illuminate\\Http\\Request;

class OrderController extends Controller
{
    public function __construct(
        private readonly OrderRepository $orders,
        private readonly CustomerOrderRepository $customerOrders,
    ) {}

    public function index(Request $request)
    {
        return response()->json($this->orders->search($request->input('q')));
    }

    public function recent(Request $request)
    {
        return response()->json($this->orders->byReference($request->input('ref')));
    }

    public function byCustomer(Request $request)
    {
        return response()->json($this->customerOrders->forCustomer((string) $request->input('c')));
    }
}
"""

STAFF_LOGIN_CONTROLLER_PHP = """\
<?php
namespace App\\Controller;

use App\\Service\\StaffRedirects;
use Symfony\\Component\\HttpFoundation\\Request;

class StaffLoginController
{
    public function __construct(private readonly StaffRedirects $redirects) {}

    public function login(Request $request)
    {
        return $this->redirects->afterLogin($request->query->getString('next'));
    }
}
"""

# a parameter named `$next` is a middleware's next handler only when it is one (`Closure
# $next`); typed `string`, it is data
STAFF_REDIRECTS_PHP = """\
<?php
namespace App\\Service;

use Closure;
use Symfony\\Component\\HttpFoundation\\RedirectResponse;

class StaffRedirects
{
    public function afterLogin(string $next): RedirectResponse
    {
        if ($next === '' || !str_starts_with($next, '/')) {
            return new RedirectResponse('/dashboard');
        }
        return new RedirectResponse($next);
    }

    public function handle($request, Closure $next)
    {
        return $next($request);
    }
}
"""

ORDER_REPOSITORY_PHP = """\
<?php
namespace App\\Repositories;

use Illuminate\\Support\\Facades\\DB;

class OrderRepository
{
    public function search(string $term): array
    {
        return DB::select("SELECT * FROM orders WHERE ref LIKE '%" . $term . "%'");
    }

    public function byReference(string $ref): array
    {
        return DB::select('SELECT * FROM orders WHERE ref = ?', [$ref]);
    }
}
"""

CUSTOMER_ORDERS_PHP = """\
<?php
namespace App\\Repositories;

use Illuminate\\Support\\Facades\\DB;

class CustomerOrderRepository
{
    public function forCustomer(string $customer): array
    {
        return DB::select("SELECT * FROM orders WHERE customer = '" . $customer . "'");
    }
}
"""

# plain PHP: a page's top-level code calls a function another file defines; the front
# controller includes both, so the page names neither the file nor a class
COUNTER_PAGE_PHP = """\
<?php
$licenceClass = strtoupper(trim((string) ($_GET['class'] ?? '')));
$contractors = $licenceClass !== '' ? contractor_report($db, $licenceClass) : [];
$known = licence_holders($db, $licenceClass);
"""

COUNTER_FUNCTIONS_PHP = """\
<?php
function contractor_report(mysqli $db, string $licenceClass): array
{
    $sql = "SELECT * FROM contractors WHERE licence_class = '" . $licenceClass . "'";
    return mysqli_fetch_all(mysqli_query($db, $sql), MYSQLI_ASSOC);
}

function licence_holders(mysqli $db, string $licenceClass): array
{
    $stmt = mysqli_prepare($db, 'SELECT * FROM contractors WHERE licence_class = ?');
    mysqli_stmt_bind_param($stmt, 's', $licenceClass);
    mysqli_stmt_execute($stmt);
    return mysqli_fetch_all(mysqli_stmt_get_result($stmt), MYSQLI_ASSOC);
}
"""

# a method named by a PHP reserved word (`print`): called through `->` only
LABEL_CONTROLLER_PHP = """\
<?php
namespace App\\Http\\Controllers;

use App\\Services\\LabelPrinter;
use Illuminate\\Http\\Request;

class LabelController
{
    public function __construct(private LabelPrinter $printer)
    {
    }

    public function store(Request $request): string
    {
        return $this->printer->print($request->input('label'));
    }
}
"""

LABEL_PRINTER_PHP = """\
<?php
namespace App\\Services;

class LabelPrinter
{
    public function print(string $label): string
    {
        return (string) shell_exec('lp -t ' . $label);
    }
}
"""

FEE_ROUTES_PY = """from flask import Blueprint, request

from permits.services import fee_service, plan_service

bp = Blueprint("fees", __name__)


@bp.post("/fees/quote")
def fee_quote():
    payload = request.get_json(silent=True) or {}
    result = fee_service.quote(
        payload.get("category", "residential"),
        adjustment=payload.get("adjustment", ""),
    )
    return {"adjusted": str(result)}


@bp.post("/plans/parcel")
def parcel():
    return plan_service.parcel_from_plan(request.files["plan"], request.form["parcel_id"])
"""

FEE_SERVICE_PY = """FORMULAS = {"residential": "120 + area * 1.75", "signage": "95"}


def base_fee(category, area):
    formula = FORMULAS.get(category, "95")
    return eval(formula, {"__builtins__": {}}, {"area": area})


def apply_adjustment(base, expression):
    if not expression:
        return base
    return eval(expression, {"__builtins__": {}}, {"base": base})


def quote(category, area=0.0, adjustment=""):
    base = base_fee(category, area)
    return apply_adjustment(base, adjustment)
"""

# a service whose `upload.read()` and `.data` are no request reads: a file between
PLAN_SERVICE_PY = """from permits.utils import plans


def parcel_from_plan(upload, parcel_id):
    tree = plans.load_plan(upload.read())
    return plans.find_parcel(tree, parcel_id).data
"""

PLANS_PY = """from lxml import etree


def load_plan(raw):
    return etree.fromstring(raw)


def find_parcel(tree, parcel_id):
    return tree.xpath(f"//parcel[@id='{parcel_id}']")
"""

EVENT_ROUTES_JS = """const express = require('express');
const events = require('../services/events');

const router = express.Router();

router.get('/events/search', async (req, res) => {
  const { q, city } = req.query;
  res.json(await events.searchEvents({ q, city }));
});

router.get('/events/paged', async (req, res) => {
  const { search, status } = req.query;
  res.json(await events.pagedEvents(req.session.promoterId, { search, status }));
});

module.exports = router;
"""

# a destructuring parameter: the call passes one object, the helper reads its keys
EVENT_SERVICE_JS = """const db = require('../lib/db');

async function searchEvents({ q, city }) {
  const rows = await db.query(`SELECT * FROM events WHERE title LIKE '%${q}%'`);
  return rows.filter((row) => !city || row.city === city);
}

// with a default for the whole pattern: semgrep does not taint the names it declares
async function pagedEvents(promoterId, { search, status = 'live', limit = 50 } = {}) {
  const rows = await db.query(
    `SELECT * FROM events WHERE promoter_id = $1 AND title ILIKE '%${search}%' LIMIT ${+limit}`,
    [promoterId],
  );
  const live = await db.query(
    'SELECT * FROM events WHERE promoter_id = $1 AND status = $2',
    [promoterId, status],
  );
  return rows.concat(live);
}

module.exports = { searchEvents, pagedEvents };
"""

MEMBER_CONTROLLER_PHP = """\
<?php
namespace App\\Controller;

use App\\Service\\MemberService;
use Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;
use Symfony\\Component\\HttpFoundation\\JsonResponse;
use Symfony\\Component\\HttpFoundation\\Request;

final class MemberController extends AbstractController
{
    public function __construct(private readonly MemberService $members) {}

    public function directory(Request $request): JsonResponse
    {
        $company = $request->query->getString('company');
        return $this->json($this->members->directory($request->query->getString('q'), $company));
    }
}
"""

MEMBER_SERVICE_PHP = """\
<?php
namespace App\\Service;

use App\\Dto\\MemberSignupPayload;
use App\\Repository\\MemberRepository;

final class MemberService
{
    public function __construct(private readonly MemberRepository $repository) {}

    public function register(MemberSignupPayload $payload): void
    {
        $this->repository->add(mb_strtolower(trim($payload->email)));
    }

    public function directory(string $term, ?string $company): array
    {
        $company = $company !== null ? trim($company) : null;
        return $this->repository->searchDirectory(trim($term), $company);
    }
}
"""

MEMBER_REPOSITORY_PHP = """\
<?php
namespace App\\Repository;

final class MemberRepository
{
    public function __construct(private readonly \\PDO $pdo) {}

    public function add(string $email): void
    {
        $this->pdo->prepare('INSERT INTO members (email) VALUES (?)')->execute([$email]);
    }

    public function searchDirectory(string $term, ?string $company): array
    {
        $sql = "SELECT * FROM members WHERE company = '" . $company . "'";
        return $this->pdo->query($sql)->fetchAll();
    }
}
"""

FILES = {
    "app/routes/events.js": EVENT_ROUTES_JS,
    "app/services/events.js": EVENT_SERVICE_JS,
    "permits/routes/fees.py": FEE_ROUTES_PY,
    "permits/services/fee_service.py": FEE_SERVICE_PY,
    "permits/services/plan_service.py": PLAN_SERVICE_PY,
    "permits/utils/plans.py": PLANS_PY,
    "handlers/portal.go": PORTAL_GO,
    "billing/store.go": BILLING_STORE_GO,
    "src/shop/web/InvoiceController.java": INVOICE_CONTROLLER_JAVA,
    "src/shop/service/InvoiceService.java": INVOICE_SERVICE_JAVA,
    "src/shop/data/InvoiceRepository.java": INVOICE_REPOSITORY_JAVA,
    "app/api/login.py": LOGIN_PY,
    "app/api/lookup.py": LOOKUP_PY,
    "app/views.py": VIEWS_PY,
    "app/dao/student.py": STUDENT_PY,
    "app/dao/course.py": COURSE_PY,
    "app/dao/reports.py": REPORTS_PY,
    "app/net.py": NET_PY,
    "app/dao/repository.py": REPOSITORY_PY,
    "app/routes/news.ts": NEWS_ROUTES_TS,
    "fleet/handlers.go": FIRMWARE_HANDLERS_GO,
    "app/Http/Controllers/OrderController.php": ORDER_CONTROLLER_PHP,
    "app/Repositories/OrderRepository.php": ORDER_REPOSITORY_PHP,
    "src/Controller/MemberController.php": MEMBER_CONTROLLER_PHP,
    "src/Service/MemberService.php": MEMBER_SERVICE_PHP,
    "src/Repository/MemberRepository.php": MEMBER_REPOSITORY_PHP,
    "src/Controller/StaffLoginController.php": STAFF_LOGIN_CONTROLLER_PHP,
    "src/Service/StaffRedirects.php": STAFF_REDIRECTS_PHP,
    "app/Repositories/CustomerOrderRepository.php": CUSTOMER_ORDERS_PHP,
    "counter/pages/lookup.php": COUNTER_PAGE_PHP,
    "app/Http/Controllers/LabelController.php": LABEL_CONTROLLER_PHP,
    "app/Services/LabelPrinter.php": LABEL_PRINTER_PHP,
    "counter/inc/functions.php": COUNTER_FUNCTIONS_PHP,
    "clinicweb/deps.go": CLINIC_DEPS_GO,
    "clinicweb/uploads.go": CLINIC_UPLOADS_GO,
    "docs/service.go": CLINIC_DOCS_GO,
    "catalog/views.py": SEARCH_VIEWS_PY,
    "catalog/services/search.py": SEARCH_SERVICE_PY,
    "catalog/repositories.py": BOOK_REPOSITORY_PY,
    "Innkeep/Controllers/GuestsController.cs": GUESTS_CONTROLLER_CS,
    "Innkeep/Data/GuestRepository.cs": GUEST_REPOSITORY_CS,
    "Innkeep/Controllers/ArchiveController.cs": ARCHIVE_CONTROLLER_CS,
    "Innkeep/Jobs/SeasonArchiveJobs.cs": SEASON_ARCHIVE_JOBS_CS,
    "rates/views.py": RATES_VIEWS_PY,
    "rates/rate_service.py": RATE_SERVICE_PY,
    "rates/rate_store.py": RATE_STORE_PY,
    "crewdesk/routes.py": CREW_ROUTES_PY,
    "crewdesk/directory.py": CREW_DIRECTORY_PY,
    "crewdesk/ledger.py": CREW_LEDGER_PY,
    "crewdesk/tasks.py": CREW_TASKS_PY,
    "crewdesk/notify.py": CREW_NOTIFY_PY,
    "crewdesk/gateway.py": CREW_GATEWAY_PY,
    "crewdesk/jobs/network.py": CREW_NETWORK_JOBS_PY,
    "crewdesk/exports.py": CREW_EXPORTS_PY,
    "crewdesk/roster_routes.py": ROSTER_ROUTES_PY,
    "app/routes/exports.ts": EXPORT_ROUTES_TS,
    "app/services/exports.ts": EXPORT_SERVICE_TS,
    "app/lib/runner.ts": EXPORT_RUNNER_TS,
    "crewdesk/roster_service.py": ROSTER_SERVICE_PY,
    "crewdesk/crew_repo.py": CREW_REPO_PY,
    "Innkeep/Controllers/StaysController.cs": STAYS_CONTROLLER_CS,
    "Innkeep/Services/StayService.cs": STAY_SERVICE_CS,
    "Innkeep/Data/StayRepository.cs": STAY_REPOSITORY_CS,
    "Oakharbor/ServiceInterface/LeaseServices.cs": LEASE_SERVICES_CS,
    "Oakharbor/Data/LeaseRepository.cs": LEASE_REPOSITORY_CS,
    "fleet/firmware.go": FIRMWARE_GO,
    "app/data/news.ts": NEWS_TS,
    "app/clinic.py": CLINIC_PY,
    "app/routes/photos.ts": PHOTO_ROUTES_TS,
    "app/lib/photos.ts": PHOTOS_TS,
    "app/clinic_store.py": CLINIC_STORE_PY,
    "app/routes/profile.js": PROFILE_ROUTES_JS,
    "app/data/profile-dao.js": PROFILE_DAO_JS,
    "src/shop/web/AccountController.java": ACCOUNT_CONTROLLER_JAVA,
    "src/shop/data/AccountRepository.java": ACCOUNT_REPOSITORY_JAVA,
    "src/shop/data/JdbcAccountRepository.java": JDBC_ACCOUNT_REPOSITORY_JAVA,
    "web/show.go": PROFILE_HANDLER_GO,
    "src/shop/web/OrderController.java": ORDER_CONTROLLER_JAVA,
    "src/shop/service/OrderService.java": ORDER_SERVICE_JAVA,
    "src/shop/data/OrderRepository.java": ORDER_REPOSITORY_JAVA,
    "app/signup.py": SIGNUP_PY,
    "src/shop/web/ReportController.java": REPORT_CONTROLLER_JAVA,
    "src/shop/util/Digests.java": DIGESTS_JAVA,
    "app/accounts_service.py": ACCOUNTS_SERVICE_PY,
    "app/dao/accounts.py": ACCOUNTS_PY,
    "web/profile.go": PROFILE_GO,
    "app/routes/allocations.js": ROUTES_JS,
    "app/data/allocations-dao.js": ALLOCATIONS_DAO_JS,
    "app/routes/orders.js": ORDERS_JS,
    "app/lib/db.js": DB_JS,
    "src/shop/web/UserController.java": CONTROLLER_JAVA,
    "src/shop/data/UserDao.java": USER_DAO_JAVA,
    "web/handlers.go": HANDLERS_GO,
    "store/users.go": USERS_GO,
}


def _line(path: str, fragment: str) -> int:
    return line_of(FILES[path], fragment)


def _reported(outcome: EngineOutcome, rule: str, path: str) -> dict[int, list[tuple[str, int]]]:
    """Line of each finding of ``rule`` in ``path`` → the (file, line) of its trace's steps."""
    return {
        f.location.start_line: [(s["path"], s["line"]) for s in f.extra.get("dataflow") or ()]
        for f in outcome.findings
        if f.rule_id == rule and f.location.path == path
    }


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> EngineOutcome:
    root = tmp_path_factory.mktemp("helper-links")
    return start(root, write_targets(root, FILES), ScanConfig(sast_timeout_seconds=300)).wait()


def test_python_a_view_hands_request_data_to_a_models_method(outcome: EngineOutcome) -> None:
    assert outcome.status.ok, outcome.status.error
    rule = "trace.python.sql-injection.tainted-query"
    student = _reported(outcome, rule, "app/dao/student.py")
    sink = _line("app/dao/student.py", "cur.execute(q)")
    # reported at the model's sink; the trace starts in the view, at the request data
    assert student[sink][0] == ("app/views.py", _line("app/views.py", 'request.form["name"]'))
    assert student[sink][-1] == ("app/dao/student.py", sink)
    # Course.create is only called with a constant; cache.create is not the model's
    assert _reported(outcome, rule, "app/dao/course.py") == {}
    # a module's function, called on the module's name
    reports = _reported(outcome, rule, "app/dao/reports.py")
    assert list(reports) == [_line("app/dao/reports.py", "cur.execute(")]


def test_python_a_fastapi_body_models_field_reaches_a_modules_function(
    outcome: EngineOutcome,
) -> None:
    rule = "trace.python.sql-injection.tainted-query"
    reported = _reported(outcome, rule, "app/api/lookup.py")
    sink = _line("app/api/lookup.py", "cur.execute(")
    assert list(reported) == [sink]
    assert reported[sink][0][0] == "app/api/login.py"


def test_java_a_service_that_reads_an_uploads_stream_is_a_file_between(
    outcome: EngineOutcome,
) -> None:
    """The service holds `getInputStream` (an upload's), not the servlet request's type: it
    reads no request data, so the chain controller -> service -> repository is followed, to a
    JdbcTemplate field the repository's method calls."""
    rule = "trace.java.sql-injection.tainted-query"
    path = "src/shop/data/InvoiceRepository.java"
    reported = _reported(outcome, rule, path)
    sink = _line(path, "jdbcTemplate.queryForList(")
    assert list(reported) == [sink]
    assert reported[sink][0][0] == "src/shop/web/InvoiceController.java"


def test_a_rule_whose_sinks_need_no_particular_word_is_followed_too(
    outcome: EngineOutcome,
) -> None:
    """Python's shell-command rule has a sink form with no word of its own (`subprocess.$F(
    [$SH, "-c", $CMD])`): the helper is found by any word the sinks name."""
    rule = "trace.python.command-injection.tainted-shell-command"
    reported = _reported(outcome, rule, "app/net.py")
    assert list(reported) == [_line("app/net.py", "os.system(")]
    assert reported[_line("app/net.py", "os.system(")][0][0] == "app/views.py"


def test_javascript_a_route_hands_request_data_to_a_daos_arrow_function(
    outcome: EngineOutcome,
) -> None:
    path = "app/data/allocations-dao.js"
    reported = _reported(outcome, "trace.javascript.nosql-injection.tainted-where", path)
    threshold = _line(path, "this.stocks >")
    assert threshold in reported
    assert reported[threshold][0][0] == "app/routes/allocations.js"
    assert _line(path, "this.owner ==") not in reported  # called with a constant only


def test_a_module_wrapping_the_driver_is_not_a_second_finding(outcome: EngineOutcome) -> None:
    """`db.query(sql)` is the rule's own sink where it is called; the wrapper's `pool.query`
    that it reaches is the same flaw again."""
    rule = "trace.javascript.sql-injection.tainted-query"
    assert list(_reported(outcome, rule, "app/routes/orders.js")) == [
        _line("app/routes/orders.js", "db.query(")
    ]
    assert _reported(outcome, rule, "app/lib/db.js") == {}


def test_java_a_controller_hands_request_data_to_a_dao_field(outcome: EngineOutcome) -> None:
    path = "src/shop/data/UserDao.java"
    reported = _reported(outcome, "trace.java.sql-injection.tainted-query", path)
    # findByName's query; findByCity's is called with a constant only
    assert list(reported) == [_line(path, "executeQuery(query)")]


def test_go_a_handler_calls_an_imported_packages_function(outcome: EngineOutcome) -> None:
    path = "store/users.go"
    reported = _reported(outcome, "trace.go.sql-injection.tainted-query", path)
    sink = _line(path, "db.Query(")
    assert reported[sink][0] == ("web/handlers.go", _line("web/handlers.go", "r.URL.Query()"))


def test_go_a_handler_calls_the_store_its_struct_holds(outcome: EngineOutcome) -> None:
    path = "billing/store.go"
    reported = _reported(outcome, "trace.go.sql-injection.tainted-query", path)
    sink = _line(path, "s.DB.Query(")
    assert reported[sink][0] == ("handlers/portal.go", _line("handlers/portal.go", "r.URL.Query()"))


def _first_step(outcome: EngineOutcome, rule: str, home: str, sink: str) -> tuple[str, int]:
    """The (file, line) where the trace of the finding at ``sink`` in ``home`` starts."""
    reported = _reported(outcome, rule, home)
    assert _line(home, sink) in reported, reported
    return reported[_line(home, sink)][0]


def test_a_receiver_is_followed_by_the_type_its_file_binds_it_to(outcome: EngineOutcome) -> None:
    """The receiver names neither the class nor the module; its declaration or construction
    does: `repo = StudentRepository(conn)`, `this.profiles = new ProfileDAO(db)`,
    `p := NewProfile()` (Go: a method of a type of the same package)."""
    found = _first_step(
        outcome, "trace.python.sql-injection.tainted-query", "app/dao/repository.py", "execute("
    )
    assert found == ("app/views.py", _line("app/views.py", 'request.form["course"]'))
    found = _first_step(
        outcome,
        "trace.javascript.nosql-injection.tainted-where",
        "app/data/profile-dao.js",
        "this.name ==",
    )
    assert found == ("app/routes/profile.js", _line("app/routes/profile.js", "req.query.name"))
    found = _first_step(
        outcome, "trace.go.sql-injection.tainted-query", "web/profile.go", "conn.Query("
    )
    assert found == ("web/show.go", _line("web/show.go", "r.FormValue("))


def test_a_call_on_a_value_constructed_in_place_reaches_its_class(
    outcome: EngineOutcome,
) -> None:
    """`StudentRepository(conn).rename(...)`, `new JdbcAccountRepository().findByIban(...)`,
    `NewProfile().Rename(...)`: the receiver is the constructed type."""
    rule = "trace.python.sql-injection.tainted-query"
    reported = _reported(outcome, rule, "app/dao/repository.py")
    sink = _line("app/dao/repository.py", 'execute("UPDATE')
    assert reported[sink][0] == ("app/views.py", _line("app/views.py", 'request.form["new_name"]'))
    home = "src/shop/data/JdbcAccountRepository.java"
    reported = _reported(outcome, "trace.java.sql-injection.tainted-query", home)
    controller = "src/shop/web/AccountController.java"
    sink = _line(home, "WHERE iban = ") + 1  # the query the line above builds
    assert reported[sink][0] == (controller, _line(controller, 'request.getParameter("iban")'))
    reported = _reported(outcome, "trace.go.sql-injection.tainted-query", "web/profile.go")
    sink = _line("web/profile.go", "conn.Exec(")
    assert reported[sink][0] == ("web/show.go", _line("web/show.go", 'r.FormValue("name")'))


def test_a_call_on_what_a_factory_of_the_callers_file_returns_reaches_its_class(
    outcome: EngineOutcome,
) -> None:
    """`_store().by_clinician(...)`, where the view's own `def _store(): return
    AppointmentStore(...)` says what the call is made on."""
    rule = "trace.python.sql-injection.tainted-query"
    reported = _reported(outcome, rule, "app/clinic_store.py")
    sink = _line("app/clinic_store.py", "self.conn.execute(sql)")
    assert reported[sink][0] == ("app/clinic.py", _line("app/clinic.py", 'request.args.get("c'))


def test_a_helper_calling_a_sink_under_another_name_is_followed(outcome: EngineOutcome) -> None:
    """`execAsync(...)` is `exec` promisified at the top of the helper's file; the helper's
    second parameter is typed inline (`{ size: number; crop?: boolean }`)."""
    rule = "trace.javascript.command-injection.tainted-shell-command"
    reported = _reported(outcome, rule, "app/lib/photos.ts")
    sink = _line("app/lib/photos.ts", "await execAsync(")
    caller = "app/routes/photos.ts"
    assert reported[sink][0] == (caller, _line(caller, "ctx.request.files.photo"))


def _trace_of_the_only_finding(
    outcome: EngineOutcome, rule: str, home: str, sink: str
) -> list[tuple[str, int]]:
    """The trace of ``rule``'s one finding in ``home``, at the line holding ``sink``."""
    reported = _reported(outcome, rule, home)
    line = _line(home, sink)
    assert list(reported) == [line]
    return reported[line]


def test_a_method_of_an_exported_object_of_methods_is_followed(outcome: EngineOutcome) -> None:
    """`newsRepo.search(q)`: `newsRepo` is an object of methods `news.ts` exports, named as a
    class's instance would be; its parameterised `ranked` stays clean."""
    rule = "trace.javascript.sql-injection.tainted-query"
    trace = _trace_of_the_only_finding(outcome, rule, "app/data/news.ts", "ILIKE '%")
    caller = "app/routes/news.ts"
    assert trace[0] == (caller, _line(caller, "newsRepo.search("))


def test_a_helpers_parameter_that_reaches_the_sink_only_through_a_clean_helper_is_no_finding(
    outcome: EngineOutcome,
) -> None:
    """`OpenBundle(name)` opens what `bundlePath(name)` returns, a path checked to stay in its
    directory: the same-file summaries judge the helper's own finding too, so the handler's
    call reaches no sink. `OpenNotes` joins without a check and is reported."""
    rule = "trace.go.path-traversal.tainted-file-path"
    home, sink = "fleet/firmware.go", "os.Open(s.notesPath(name))"
    trace = _trace_of_the_only_finding(outcome, rule, home, sink)
    caller = "fleet/handlers.go"
    assert trace[0] == (caller, _line(caller, 'Get("notes")'))


def test_csharp_a_controller_hands_request_data_to_a_repository_behind_an_interface(
    outcome: EngineOutcome,
) -> None:
    """`_guests` is an `IGuestRepository` injected by the constructor; `GuestRepository`
    implements it and builds the SQL. The parameterised `FindByEmail` stays clean."""
    rule = "trace.csharp.sql-injection.tainted-query"
    home = "Innkeep/Data/GuestRepository.cs"
    trace = _trace_of_the_only_finding(outcome, rule, home, "WHERE name = '")
    controller = "Innkeep/Controllers/GuestsController.cs"
    assert trace[0] == (controller, _line(controller, "_guests.FindByName(name)"))
    assert trace[-1] == (home, _line(home, "WHERE name = '"))


def test_csharp_a_hangfire_job_is_called_with_the_arguments_its_lambda_passes(
    outcome: EngineOutcome,
) -> None:
    """`_jobs.Enqueue<SeasonArchiveJobs>(job => job.ArchiveSeason(season))`: the lambda's
    `job` is an instance of the job type, so the controller's route value is followed into the
    job's SQL."""
    rule = "trace.csharp.sql-injection.tainted-query"
    home = "Innkeep/Jobs/SeasonArchiveJobs.cs"
    trace = _trace_of_the_only_finding(outcome, rule, home, "new NpgsqlCommand(sql")
    controller = "Innkeep/Controllers/ArchiveController.cs"
    assert trace[0] == (controller, _line(controller, "job.ArchiveSeason(season)"))


def test_csharp_a_service_of_expression_bodied_members_is_a_file_between(
    outcome: EngineOutcome,
) -> None:
    """controller -> `StayService.ForRoom(string room) => _repository.ForRoom(room);` ->
    `FromSqlRaw` with concatenation: the service's members have no block, and are followed
    all the same. The parameterised `ForGuest` stays clean."""
    rule = "trace.csharp.sql-injection.tainted-query"
    home = "Innkeep/Data/StayRepository.cs"
    trace = _trace_of_the_only_finding(outcome, rule, home, "WHERE room = '")
    controller = "Innkeep/Controllers/StaysController.cs"
    assert trace[0] == (controller, _line(controller, "_stays.ForRoom(room)"))
    assert trace[-1] == (home, _line(home, "WHERE room = '"))


def test_csharp_a_service_property_set_by_the_container_is_followed(
    outcome: EngineOutcome,
) -> None:
    """ServiceStack: `Any(FindLeases request)` of a `Service` receives the client's DTO (a
    handler input) and calls `Leases.ByHolder(...)` on a property the container sets
    (`public LeaseRepository Leases { get; set; }`), which builds the SQL."""
    rule = "trace.csharp.sql-injection.tainted-query"
    home = "Oakharbor/Data/LeaseRepository.cs"
    trace = _trace_of_the_only_finding(outcome, rule, home, "WHERE holder = '")
    caller = "Oakharbor/ServiceInterface/LeaseServices.cs"
    assert trace[0] == (caller, _line(caller, "Leases.ByHolder(request.Holder)"))


def test_python_a_service_using_urllib_request_is_a_file_between(
    outcome: EngineOutcome,
) -> None:
    """views -> `rate_service.rates_for_lane(lane)` -> `rate_store.for_lane(lane)` -> SQL. The
    service imports `urllib.request`, which names no request: it reads none, so the chain
    goes through it."""
    rule = "trace.python.sql-injection.tainted-query"
    home = "rates/rate_store.py"
    trace = _trace_of_the_only_finding(outcome, rule, home, "WHERE lane = '")
    views = "rates/views.py"
    assert trace[0] == (views, _line(views, 'request.GET["lane"]'))


def test_python_a_field_of_a_dataclass_reaches_a_repository_through_a_service(
    outcome: EngineOutcome,
) -> None:
    """views -> `CatalogSearchService().run(req)` -> `self.repo.search_titles(req.term)`: the
    service's `req` is annotated as the dataclass, so it is data, not the request; `self.repo`
    is bound by `repo or BookRepository()`."""
    rule = "trace.python.sql-injection.tainted-query"
    trace = _trace_of_the_only_finding(outcome, rule, "catalog/repositories.py", "objects.raw(")
    views = "catalog/views.py"
    assert trace[0] == (views, _line(views, 'request.GET.get("q"'))


def test_a_linked_helper_hands_its_parameter_to_a_helper_of_its_own_file(
    outcome: EngineOutcome,
) -> None:
    """`fee_service.quote(..., adjustment=...)` -> `apply_adjustment(base, adjustment)` ->
    `eval`, in a service module that reads no request data; `base_fee` evaluates a formula
    from a constant table only."""
    rule = "trace.python.code-injection.tainted-eval"
    home, routes = "permits/services/fee_service.py", "permits/routes/fees.py"
    reported = _reported(outcome, rule, home)
    sink = _line(home, "eval(expression")
    assert list(reported) == [sink]
    assert reported[sink][0] == (routes, _line(routes, "request.get_json("))
    assert (home, _line(home, "return apply_adjustment(")) in reported[sink]


@pytest.mark.parametrize(
    ("rule", "home", "sink", "source"),
    [
        (
            "trace.python.ldap-injection.tainted-filter",
            "crewdesk/directory.py",
            "conn.search(",
            "asyncio.to_thread(",
        ),
        (
            "trace.python.xpath-injection.tainted-xpath",
            "crewdesk/ledger.py",
            "tree.xpath(",
            "run_in_executor(",
        ),
    ],
)
def test_python_a_function_handed_to_a_thread_is_called_with_the_arguments_after_it(
    outcome: EngineOutcome, rule: str, home: str, sink: str, source: str
) -> None:
    """`asyncio.to_thread(directory.lookup_employee, employee_no)` and
    `loop.run_in_executor(None, ledger.entries_for, crew_ref)` call the function with the
    request's value, in a thread: the sink in the other file is reached."""
    caller = "crewdesk/routes.py"
    trace = _trace_of_the_only_finding(outcome, rule, home, sink)
    assert trace[0][0] == caller
    assert (caller, _line(caller, source)) in trace


def test_python_a_celery_task_queued_with_request_data_is_followed(outcome: EngineOutcome) -> None:
    """`tasks.archive_month.delay(month)` (a task bound to itself: Celery passes `self`) and
    `apply_async(args=["csv", month])` and `.delay(month=month)` reach the tasks' shell
    commands; the task queued with a constant month stays clean."""
    rule = "trace.python.command-injection.tainted-shell-command"
    home, caller = "crewdesk/tasks.py", "crewdesk/routes.py"
    reported = _reported(outcome, rule, home)
    expected = ["roster-{month}.tgz", "roster-export", "logrotate --month"]
    assert sorted(reported) == sorted(_line(home, text) for text in expected)
    assert (caller, _line(caller, ".delay(month)")) in reported[_line(home, "roster-{month}.tgz")]
    assert (caller, _line(caller, "apply_async(")) in reported[_line(home, "roster-export")]


def test_python_an_rq_job_enqueued_with_request_data_is_followed(outcome: EngineOutcome) -> None:
    """RQ's `queue.enqueue(gateway.ping_host, host, "ops")` and `enqueue_in(delay,
    gateway.trace_route, host)` run the function with the arguments after it in a worker:
    both shell commands are reached; the job enqueued with a constant stays clean."""
    rule = "trace.python.command-injection.tainted-shell-command"
    home, caller = "crewdesk/gateway.py", "crewdesk/routes.py"
    reported = _reported(outcome, rule, home)
    assert sorted(reported) == sorted(_line(home, t) for t in ("ping -c 4", "traceroute"))
    ping, trace = _line(home, "ping -c 4"), _line(home, "traceroute")
    assert (caller, _line(caller, "enqueue(gateway.ping_host")) in reported[ping]
    assert (caller, _line(caller, "enqueue_in(")) in reported[trace]


def test_python_an_rq_job_enqueued_by_its_dotted_path_is_followed(
    outcome: EngineOutcome,
) -> None:
    """RQ's `queue.enqueue("crewdesk.jobs.network.mtr_report", host)` names the job by its
    module path (never imported by the caller): its shell command is reached; the job
    enqueued the same way with a constant stays clean."""
    rule = "trace.python.command-injection.tainted-shell-command"
    home, caller = "crewdesk/jobs/network.py", "crewdesk/routes.py"
    reported = _reported(outcome, rule, home)
    assert sorted(reported) == [_line(home, "mtr --report")]
    assert (caller, _line(caller, '"crewdesk.jobs.network.mtr_report"')) in reported[
        _line(home, "mtr --report")
    ]


def test_python_a_function_of_the_file_handed_to_an_executor_is_followed(
    outcome: EngineOutcome,
) -> None:
    """`exports.submit_export(...)` hands its parameter to `_pool.submit(_run_export, ...,
    out_name or "roster.csv")`, a function of its own file: its shell command is reached;
    the function handed a constant stays clean."""
    rule = "trace.python.command-injection.tainted-shell-command"
    home, caller = "crewdesk/exports.py", "crewdesk/routes.py"
    reported = _reported(outcome, rule, home)
    assert sorted(reported) == [_line(home, "roster-export --site")]
    trace = reported[_line(home, "roster-export --site")]
    assert trace[0][0] == caller
    assert (caller, _line(caller, "exports.submit_export(")) in trace
    assert (home, _line(home, "_pool.submit(_run_export")) in trace


def test_a_helper_naming_a_sink_word_may_hand_its_parameter_on(outcome: EngineOutcome) -> None:
    """The task `deliver(self, url)` names `requests` (the exception it catches) and hands
    `url` on to `notify.post_event`, which posts to it."""
    rule = "trace.python.ssrf.tainted-url"
    trace = _trace_of_the_only_finding(outcome, rule, "crewdesk/notify.py", "requests.post(")
    caller = "crewdesk/routes.py"
    assert trace[0][0] == caller
    assert ("crewdesk/tasks.py", _line("crewdesk/tasks.py", "notify.post_event(url)")) in trace


def test_a_file_between_hands_on_no_taint_through_a_clean_helper_of_its_own(
    outcome: EngineOutcome,
) -> None:
    """`crew_repo.list_reserve(_order_column(sort))`: the same-file summaries judge the
    helpers' calls too, so a column looked up in a constant table reaches the query clean;
    the base handed on as it came is reported."""
    rule = "trace.python.sql-injection.tainted-query"
    home, routes = "crewdesk/crew_repo.py", "crewdesk/roster_routes.py"
    trace = _trace_of_the_only_finding(outcome, rule, home, "base = '{base}'")
    assert trace[0][0] == routes


def test_typescript_a_req_parameter_of_the_services_own_type_is_data(
    outcome: EngineOutcome,
) -> None:
    """`exportCsv(req: ExportRequest)`: a parameter named like the request but typed with the
    service's own interface carries the route's values; the service is a file between and
    its field reaches the command the runner executes."""
    rule = "trace.javascript.command-injection.tainted-shell-command"
    # the service builds the command line that `runExport(line)` runs as it is: the flaw is
    # where it is built (helper_sinks._passed_through)
    service = "app/services/exports.ts"
    trace = _trace_of_the_only_finding(outcome, rule, service, "runExport(")
    routes = "app/routes/exports.ts"
    assert trace[0] == (routes, _line(routes, "req.body.period"))
    assert not _reported(outcome, rule, "app/lib/runner.ts")


def test_a_service_reading_an_uploads_stream_is_a_file_between(outcome: EngineOutcome) -> None:
    """`upload.read()` and `.data` are words of the request's reads, but not the request:
    the service hands the upload's text and the parcel id on to the parser module."""
    rule = "trace.python.xpath-injection.tainted-xpath"
    home, routes = "permits/utils/plans.py", "permits/routes/fees.py"
    trace = _trace_of_the_only_finding(outcome, rule, home, "tree.xpath(")
    assert trace[0] == (routes, _line(routes, 'request.form["parcel_id"]'))


def test_javascript_a_destructuring_parameter_is_followed(outcome: EngineOutcome) -> None:
    """`events.searchEvents({ q, city })` -> `async function searchEvents({ q, city })`: the
    parameter is its pattern, and its keys carry the request's values."""
    rule = "trace.javascript.sql-injection.tainted-query"
    home, routes = "app/services/events.js", "app/routes/events.js"
    trace = _reported(outcome, rule, home)[_line(home, "LIKE '%${q}%'")]
    assert trace[0] == (routes, _line(routes, "req.query"))


def test_javascript_a_destructuring_parameter_with_a_default_is_followed(
    outcome: EngineOutcome,
) -> None:
    """`pagedEvents(id, { search, status = 'live', limit = 50 } = {})`: the names of a
    pattern with a default carry the keys the call passes; `status`, bound as a query
    parameter, stays clean."""
    rule = "trace.javascript.sql-injection.tainted-query"
    home, routes = "app/services/events.js", "app/routes/events.js"
    reported = _reported(outcome, rule, home)
    assert sorted(reported) == sorted(
        [_line(home, "LIKE '%${q}%'"), _line(home, "ILIKE '%${search}%'")]
    )
    trace = reported[_line(home, "ILIKE '%${search}%'")]
    assert trace[0] == (routes, _line(routes, "const { search, status } = req.query"))


def test_go_a_field_declared_in_another_file_of_the_package_binds_the_receiver(
    outcome: EngineOutcome,
) -> None:
    """`h.Documents.Save(...)`: `Documents` is a field of `Deps`, declared in another file of
    the handler's package; it is a `*docs.Service`, whose `Save` writes the file."""
    rule = "trace.go.path-traversal.tainted-file-path"
    trace = _trace_of_the_only_finding(outcome, rule, "docs/service.go", "os.WriteFile(")
    caller = "clinicweb/uploads.go"
    assert trace[0] == (caller, _line(caller, 'r.FormValue("name")'))


def test_php_a_controller_hands_request_data_to_a_repository_it_is_given(
    outcome: EngineOutcome,
) -> None:
    """`$this->orders->search($request->input('q'))`: `$orders` is a promoted constructor
    parameter typed `OrderRepository`, whose `search` builds the SQL; `byReference` binds
    its value and stays clean."""
    rule = "trace.php.sql-injection.tainted-query"
    home = "app/Repositories/OrderRepository.php"
    trace = _trace_of_the_only_finding(outcome, rule, home, "LIKE '%")
    controller = "app/Http/Controllers/OrderController.php"
    assert trace[0] == (controller, _line(controller, "->search("))


def test_php_a_service_method_is_between_though_another_reads_a_payload(
    outcome: EngineOutcome,
) -> None:
    """`MemberService::register(MemberSignupPayload $payload)` reads a request payload (a
    source), but `directory` beside it does not: it hands the controller's company on to the
    repository, whose SQL concatenates it. Whether a helper hands a value on is decided by
    its own words and those around every definition, not by the whole file's."""
    rule = "trace.php.sql-injection.tainted-query"
    home, controller = "src/Repository/MemberRepository.php", "src/Controller/MemberController.php"
    trace = _trace_of_the_only_finding(outcome, rule, home, "->query($sql)")
    assert trace[0][0] == controller
    assert (
        "src/Service/MemberService.php",
        _line("src/Service/MemberService.php", "->searchDirectory("),
    ) in trace


@pytest.mark.parametrize(
    ("path", "text", "around", "not_around"),
    [
        (
            "src/Controller/LeaseController.php",
            "<?php\nnamespace App\\Controller;\nuse App\\Dto\\RenewalPayload;\n"
            "#[AsController]\nfinal class LeaseController extends AbstractController {\n"
            "    private LeaseService $leases;\n"
            "    public function renew(RenewalPayload $payload) { return $payload->tenant; }\n}\n",
            {"AsController", "LeaseController", "AbstractController", "LeaseService"},
            {"RenewalPayload", "payload", "tenant", "Dto"},
        ),
        (
            "app/web/Orders.java",
            "package app.web;\nimport javax.servlet.http.HttpServletRequest;\n"
            "@RestController\npublic class Orders {\n"
            '    @GetMapping("/o")\n    public String list(HttpServletRequest req) {\n'
            '        return req.getParameter("q");\n    }\n}\n',
            {"RestController", "GetMapping", "Orders"},
            {"HttpServletRequest", "getParameter", "javax"},
        ),
    ],
)
def test_the_words_around_every_definition(
    path: str, text: str, around: set[str], not_around: set[str]
) -> None:
    """What a helper's sources may need besides its own words: a class's base, attributes and
    fields, the decorators; not the file's imports, nor another method's words."""
    language = language_of(path)
    assert language is not None
    words = _File(path, language, text).outside_words
    assert around <= words
    assert not not_around & words


def test_a_helpers_own_typed_req_is_no_request() -> None:
    """`exportStatement(req: ExportRequest)` in a service: `req` is typed with the file's own
    interface, no request (``words_of``), in the helper's words as in the file's, so the
    service hands the export's fields on to the runner."""
    text = (
        "import { runExportJob } from '../lib/exportRunner';\n"
        "export interface ExportRequest { artistId: string; period: string }\n"
        "export async function exportStatement(req: ExportRequest) {\n"
        "  const file = path.join(exportsDir, `${req.artistId}.csv`);\n"
        "  return runExportJob(`export --artist ${req.artistId} --out ${file}`);\n"
        "}\n"
    )
    path = "api/src/services/statementService.ts"
    language = language_of(path)
    assert language is not None
    service = _File(path, language, text)
    rule = next(
        r
        for r in bundled_rules(["javascript"])
        if r["id"] == "trace.javascript.command-injection.tainted-shell-command"
    )
    assert not service.sourced_around(Words.of(rule), "exportStatement")


def test_php_a_string_parameter_named_next_is_data(outcome: EngineOutcome) -> None:
    """`afterLogin(string $next)`: `$next` names a middleware's next handler only when it is
    one (`Closure $next`); a string is the caller's value, and a check that it starts with
    `/` lets `//evil.example` through."""
    rule = "trace.php.open-redirect.tainted-redirect"
    home = "src/Service/StaffRedirects.php"
    trace = _trace_of_the_only_finding(outcome, rule, home, "new RedirectResponse($next)")
    caller = "src/Controller/StaffLoginController.php"
    assert trace[0] == (caller, _line(caller, "getString('next')"))


def test_php_an_argument_cast_to_a_string_is_still_followed(outcome: EngineOutcome) -> None:
    """`forCustomer((string) $request->input('c'))`: semgrep's range of a PHP cast starts at
    its type, inside its parenthesis, which was read as the call's own."""
    rule = "trace.php.sql-injection.tainted-query"
    home = "app/Repositories/CustomerOrderRepository.php"
    trace = _trace_of_the_only_finding(outcome, rule, home, "customer = '")
    controller = "app/Http/Controllers/OrderController.php"
    assert trace[0] == (controller, _line(controller, "->forCustomer("))


def test_php_a_page_calls_a_function_an_include_defines(outcome: EngineOutcome) -> None:
    """PHP's functions are global: `contractor_report(...)` in a page reaches the function
    of `inc/functions.php`, which the front controller included; the page names no module.
    `licence_holders` binds its value and stays clean."""
    rule = "trace.php.sql-injection.tainted-query"
    home = "counter/inc/functions.php"
    trace = _trace_of_the_only_finding(outcome, rule, home, "mysqli_query(")
    page = "counter/pages/lookup.php"
    assert trace[0] == (page, _line(page, "$_GET['class']"))


def test_php_a_method_named_by_a_reserved_word_is_followed(outcome: EngineOutcome) -> None:
    """`$this->printer->print(...)`: semgrep's PHP parser rejects `$X::print(...)` (and
    `self::print`), which took the whole call rule, and its other calls, with it."""
    rule = "trace.php.command-injection.tainted-command"
    home = "app/Services/LabelPrinter.php"
    trace = _trace_of_the_only_finding(outcome, rule, home, "shell_exec(")
    caller = "app/Http/Controllers/LabelController.php"
    assert trace[0] == (caller, _line(caller, "->print("))


def test_a_call_on_an_interface_reaches_its_implementation(outcome: EngineOutcome) -> None:
    """`accounts` is an `AccountRepository`; the query is built by the class implementing it."""
    home = "src/shop/data/JdbcAccountRepository.java"
    found = _first_step(outcome, "trace.java.sql-injection.tainted-query", home, "executeQuery(")
    controller = "src/shop/web/AccountController.java"
    assert found == (controller, _line(controller, "request.getParameter("))


def test_taint_is_followed_through_a_helper_of_a_file_that_reads_no_request_data(
    outcome: EngineOutcome,
) -> None:
    """Controller -> service -> repository: the service's file holds neither a source nor a
    sink; it hands its parameter on to the repository, which builds the query."""
    rule = "trace.java.sql-injection.tainted-query"
    home = "src/shop/data/OrderRepository.java"
    reported = _reported(outcome, rule, home)
    # findAll is reached only with a constant: the service does not hand `order` on
    assert list(reported) == [_line(home, "executeQuery(query)")]
    controller, service = "src/shop/web/OrderController.java", "src/shop/service/OrderService.java"
    steps = reported[_line(home, "executeQuery(query)")]
    assert steps[0] == (controller, _line(controller, 'request.getParameter("q")'))
    assert (service, _line(service, "repository.findByTerm(")) in steps
    assert steps[-1] == (home, _line(home, "executeQuery(query)"))
    found = _first_step(
        outcome, "trace.python.sql-injection.tainted-query", "app/dao/accounts.py", "execute("
    )
    assert found == ("app/signup.py", _line("app/signup.py", 'request.form["email"]'))


def test_a_java_argument_never_reaches_an_overload_of_another_distinct_type(
    outcome: EngineOutcome,
) -> None:
    """`Digests.of(name)` with `String name` calls `of(String)`, not `of(File)`, which opens
    the file: no path traversal through the wrong overload."""
    rule = "trace.java.path-traversal.tainted-file-path"
    assert _reported(outcome, rule, "src/shop/util/Digests.java") == {}


def test_the_added_rules_are_never_reported(outcome: EngineOutcome) -> None:
    assert not [f for f in outcome.findings if f.rule_id.startswith("trace.helper-sinks.")]


def _read(files: dict[str, str]) -> Callable[[str], str | None]:
    return files.get


def test_a_name_defined_in_many_files_is_not_followed() -> None:
    """A bare `save(...)` with four homes the caller names says nothing about which one it
    calls: no link. `a.save(...)` names its home: a link to that home only."""
    rules = {str(r["id"]): r for r in bundled_rules(["python"])}
    home = "def save(cur, x):\n    cur.execute('DELETE FROM t WHERE k = ' + x)\n"
    files = {f"app/{n}.py": home for n in "abcd"}
    head = "from flask import request\nfrom app import a, b, c, d\n\ndef v(store, cur):\n"
    files["app/views.py"] = head + "    save(cur, request.args['y'])\n"
    assert not find_links(sorted(files), rules, _read(files))
    files["app/views.py"] = head + "    a.save(cur, request.args['x'])\n"
    links = find_links(sorted(files), rules, _read(files))
    called = links.calls["trace.python.sql-injection.tainted-query"]["app/views.py"]
    assert {(p.home, p.name) for p in called} == {("app/a.py", "cur"), ("app/a.py", "x")}
    # two homes only: the bare call is followed into both
    files = {"app/a.py": home, "app/b.py": home}
    files["app/views.py"] = head + "    save(cur, request.args['y'])\n"
    links = find_links(sorted(files), rules, _read(files))
    called = links.calls["trace.python.sql-injection.tainted-query"]["app/views.py"]
    assert {p.home for p in called} == {"app/a.py", "app/b.py"}


_SQL_HOMES = {
    "python": (
        "app/store.py",
        "class UserStore:\n    def find(self, cur, name):\n"
        "        cur.execute('SELECT * FROM u WHERE n = ' + name)\n",
    ),
    "javascript": (
        "app/user-store.js",
        "exports.find = (db, name) => db.query('SELECT * FROM u WHERE n = ' + name);\n",
    ),
    "java": (
        "src/app/JdbcUserStore.java",
        "class JdbcUserStore implements UserStore {\n"
        "  Connection conn;\n  public ResultSet find(String name) throws Exception {\n"
        '    return conn.createStatement().executeQuery("SELECT " + name);\n  }\n}\n',
    ),
    "go": (
        "store/users.go",
        "package store\n\nfunc Find(db *sql.DB, name string) {\n"
        '\tdb.Query("SELECT * FROM u WHERE n = " + name)\n}\n',
    ),
}


_PY_HEAD = "from flask import request\n"
_JS_ROUTE = "app.get('/', (req, res) => users.find(db, req.query.n));\n"
_JAVA_CONTROLLER = (
    "class UserController {{\n  @Autowired private {} users;\n"
    "  Object get(HttpServletRequest request) throws Exception {{\n"
    '    return users.find(request.getParameter("n"));\n  }}\n}}\n'
)
_GO_HANDLER = (
    'package web\n\nimport (\n\tusers "example.com/shop/{}"\n)\n\n'
    "func H(w http.ResponseWriter, r *http.Request) {{\n"
    '\tusers.Find(db, r.URL.Query().Get("n"))\n}}\n'
)


@pytest.mark.parametrize(
    ("language", "caller", "bound", "bound_elsewhere"),
    [
        (
            "python",
            "app/views.py",
            _PY_HEAD + "from app.store import UserStore\n\ndef v(cur):\n"
            "    users = UserStore()\n    users.find(cur, request.args['n'])\n",
            _PY_HEAD + "from app.cache import Cache\n\ndef v(cur):\n"
            "    users = Cache()\n    users.find(cur, request.args['n'])\n",
        ),
        (
            "python",
            "app/views.py",
            _PY_HEAD + "from app.store import UserStore\n\n"
            "def v(users: UserStore, cur):\n    users.find(cur, request.args['n'])\n",
            _PY_HEAD + "from app.cache import Cache\n\n"
            "def v(users: Cache, cur):\n    users.find(cur, request.args['n'])\n",
        ),
        (
            "python",
            "app/views.py",
            _PY_HEAD + "from app.store import UserStore\n\n"
            "def _users():\n    return UserStore()\n\n"
            "def v(cur):\n    _users().find(cur, request.args['n'])\n",
            _PY_HEAD + "from app.cache import Cache\n\n"
            "def _users():\n    return Cache()\n\n"
            "def v(cur):\n    _users().find(cur, request.args['n'])\n",
        ),
        (
            "python",
            "app/views.py",
            _PY_HEAD + "from app.store import UserStore\n\ndef _users() -> UserStore:\n"
            "    return registry.get('users')\n\n"
            "def v(cur):\n    _users().find(cur, request.args['n'])\n",
            _PY_HEAD + "from app.cache import Cache\n\ndef _users() -> Cache:\n"
            "    return registry.get('users')\n\n"
            "def v(cur):\n    _users().find(cur, request.args['n'])\n",
        ),
        (
            "python",
            "app/views.py",
            _PY_HEAD + "import app.store as users\n\n"
            "def v(cur):\n    users.find(cur, request.args['n'])\n",
            _PY_HEAD + "import app.cache as users\n\n"
            "def v(cur):\n    users.find(cur, request.args['n'])\n",
        ),
        (
            "javascript",
            "app/routes.js",
            "const users = require('./user-store');\n" + _JS_ROUTE,
            "const users = require('./cache');\n" + _JS_ROUTE,
        ),
        (
            "javascript",
            "app/routes.ts",
            "import users from './user-store';\n" + _JS_ROUTE,
            "import users from './cache';\n" + _JS_ROUTE,
        ),
        (
            "javascript",
            "app/routes.ts",
            "import * as users from './user-store';\n" + _JS_ROUTE,
            "import * as users from './cache';\n" + _JS_ROUTE,
        ),
        (
            "java",
            "src/app/UserController.java",
            _JAVA_CONTROLLER.format("UserStore"),
            _JAVA_CONTROLLER.format("Cache"),
        ),
        ("go", "web/handlers.go", _GO_HANDLER.format("store"), _GO_HANDLER.format("cache")),
    ],
    ids=[
        "py-constructed",
        "py-annotated",
        "py-factory",
        "py-annotated-factory",
        "py-import-alias",
        "js-require",
        "ts-import",
        "ts-import-star",
        "java-interface-field",
        "go-import-alias",
    ],
)
def test_a_receiver_bound_to_the_homes_class_or_module_is_linked(
    language: str, caller: str, bound: str, bound_elsewhere: str
) -> None:
    """`users` names neither the home's class nor its module; what the caller binds it to
    does. The same call on a `users` bound to something else is not linked."""
    rules = {str(r["id"]): r for r in bundled_rules([language])}
    home, home_text = _SQL_HOMES[language]
    rule = f"trace.{language}.sql-injection.tainted-query"
    files = {caller: bound, home: home_text}
    links = find_links(sorted(files), rules, _read(files))
    assert {p.home for p in links.calls.get(rule, {}).get(caller, ())} == {home}
    files = {caller: bound_elsewhere, home: home_text}
    assert not find_links(sorted(files), rules, _read(files)).calls.get(rule)


@pytest.mark.parametrize(
    ("home", "home_text", "caller", "called"),
    [
        (
            "app/Models/CheckoutModel.php",
            "<?php\nclass CheckoutModel {\n  public function renewals($status) {\n"
            '    return $this->db->query("SELECT * FROM loans WHERE status = \'"\n'
            '      . $status . "\'");\n'
            "  }\n}\n",
            "app/Controllers/Kiosk.php",
            "<?php\nclass Kiosk {\n  public function index() {\n"
            "    return (new {cls}())->renewals($_GET['status']);\n  }\n}\n",
        ),
        (
            "src/app/LoanDao.java",
            "class LoanDao {\n  List<Loan> renewals(String status) throws Exception {\n"
            '    return st.executeQuery("SELECT * FROM loans WHERE status = \'" + status + "\'");\n'
            "  }\n}\n",
            "src/app/LoanServlet.java",
            "class LoanServlet extends HttpServlet {\n"
            "  void doGet(HttpServletRequest req, HttpServletResponse resp) throws Exception {\n"
            '    (new {cls}(conn)).renewals(req.getParameter("status"));\n  }\n}\n',
        ),
    ],
    ids=["php", "java"],
)
def test_a_call_on_a_construction_in_parentheses_reaches_its_class(
    tmp_path: Path, home: str, home_text: str, caller: str, called: str
) -> None:
    """PHP's `(new CheckoutModel())->renewals(...)` (the call rule wrote it `new
    T(...).f(...)`, which PHP does not parse) and Java's `(new LoanDao(conn)).renewals(...)`:
    the receiver is the constructed type, as without the parentheses."""
    language = "php" if home.endswith(".php") else "java"
    rule = f"trace.{language}.sql-injection.tainted-query"
    cls = home.rsplit("/", 1)[-1].split(".")[0]
    for receiver, expected in ((cls, True), ("Cache", False)):
        root = tmp_path / receiver
        files = {caller: called.replace("{cls}", receiver), home: home_text}
        found = start(root, write_targets(root, files), ScanConfig()).wait()
        assert found.status.ok, found.status.error
        reported = _reported(found, rule, home)
        assert bool(reported) is expected, reported


@pytest.mark.parametrize(
    ("files", "caller", "home"),
    [
        (
            {
                "src/Bootstrap/Services.php": "<?php\nfinal class Services {\n"
                "  public function reports(): {type} { return new {type}(); }\n}\n",
                "src/Service/ReportService.php": "<?php\nfinal class ReportService {\n"
                "  public function archive(string $label): void {\n"
                "    system('tar -czf /srv/' . $label . '.tgz minutes');\n  }\n}\n",
                "src/Controller/AdminController.php": "<?php\nfinal class AdminController {\n"
                "  public function archiveAction() {\n"
                "    $this->services->reports()->archive((string) $_POST['label']);\n"
                "  }\n}\n",
            },
            "src/Controller/AdminController.php",
            "src/Service/ReportService.php",
        ),
        (
            {
                "src/shop/Services.java": "package shop;\nclass Services {\n"
                "  public {type} reports() { return new {type}(); }\n}\n",
                "src/shop/ReportService.java": "package shop;\nclass ReportService {\n"
                "  void archive(String label) throws Exception {\n"
                '    Runtime.getRuntime().exec("tar -czf /srv/" + label + ".tgz minutes");\n'
                "  }\n}\n",
                "src/shop/AdminServlet.java": "package shop;\n"
                "import javax.servlet.http.*;\n"
                "class AdminServlet extends HttpServlet {\n  Services services;\n"
                "  void doPost(HttpServletRequest req, HttpServletResponse resp)\n"
                "      throws Exception {\n"
                '    services.reports().archive(req.getParameter("label"));\n  }\n}\n',
            },
            "src/shop/AdminServlet.java",
            "src/shop/ReportService.java",
        ),
    ],
    ids=["php", "java"],
)
def test_a_call_on_what_an_accessor_returns_reaches_the_returned_class(
    tmp_path: Path, files: dict[str, str], caller: str, home: str
) -> None:
    """A service locator's accessor, declared in a third file with the type it returns
    (`public function reports(): ReportService`): `$this->services->reports()->archive(...)`
    calls ReportService's `archive`. An accessor returning another type reaches nothing."""
    language = "php" if home.endswith(".php") else "java"
    rule = f"trace.{language}.command-injection.tainted-command"
    for returned, expected in (("ReportService", True), ("ReportCache", False)):
        root = tmp_path / returned
        written = {path: text.replace("{type}", returned) for path, text in files.items()}
        found = start(root, write_targets(root, written), ScanConfig()).wait()
        assert found.status.ok, found.status.error
        reported = _reported(found, rule, home)
        assert bool(reported) is expected, (caller, reported)


def test_a_cached_home_is_judged_again_when_its_caller_changes(tmp_path: Path) -> None:
    """The home file is unchanged (its own entry is cached); the caller stops passing request
    data, and the finding must go; it passes it again, and the finding must come back."""
    root = tmp_path / "repo"
    files = {"app/views.py": "", "app/dao/student.py": STUDENT_PY}
    config = ScanConfig(sast_timeout_seconds=300, cache_dir=tmp_path / "cache")
    rule = "trace.python.sql-injection.tainted-query"

    def student_findings() -> dict[int, list[tuple[str, int]]]:
        found = start(root, write_targets(root, files), config).wait()
        assert found.status.ok, found.status.error
        return _reported(found, rule, "app/dao/student.py")

    tainted = VIEWS_PY
    fixed = VIEWS_PY.replace('request.form["name"]', '"fixed name"')
    files["app/views.py"] = fixed
    assert student_findings() == {}
    # the caller alone changed: the model's file, cached, must be analysed again
    files["app/views.py"] = tainted
    first = student_findings()
    assert first
    assert student_findings() == first  # nothing changed: served from the cache, as it was
    files["app/views.py"] = fixed
    assert student_findings() == {}


def test_a_credential_literal_on_the_callers_line_is_masked_before_it_is_cached(
    tmp_path: Path,
) -> None:
    """What the engine returns (and caches) is masked already: the caller's line quoted in
    the helper's trace holds a password only the SAST credential rule knows."""
    password = "correcthorsebatterystaple"
    views = VIEWS_PY.replace(
        'Student.create(conn, request.form["name"])',
        f'Student.create(conn, request.form["name"]); password = "{password}"',
    )
    files = {"app/views.py": views, "app/dao/student.py": STUDENT_PY}
    found = start(tmp_path, write_targets(tmp_path, files), ScanConfig()).wait()
    [helper] = [f for f in found.findings if f.location.path == "app/dao/student.py"]
    [call] = [s for s in helper.extra["dataflow"] if "Student.create" in s["code"]]
    assert call["path"] == "app/views.py"
    assert password not in repr(found.findings)


def test_many_callers_of_shared_helpers_are_joined_in_a_second_run(tmp_path: Path) -> None:
    """Past CALLERS_IN_ONE_RUN callers, the call rules wait for the scan's run to say which
    helpers' parameters reach a sink, and a second run covers only those helpers' callers,
    cached or not: the findings are the same as in one run, and a re-scan after another
    caller changed still finds the flow of the cached one (through its Python slice)."""
    root = tmp_path / "repo"
    config = ScanConfig(sast_timeout_seconds=600, cache_dir=tmp_path / "cache")
    files = {"app/dao/reports.py": REPORTS_PY + COUNT_PY}
    for number in range(CALLERS_IN_ONE_RUN + 1):
        files[f"app/views/v{number}.py"] = (
            "from flask import request\nfrom app.dao import reports\n\n\n"
            "def view(conn):\n"
            '    reports.count(conn, request.args.get("day"))\n'
            + ('    reports.run(conn, request.args.get("day")[1:])\n' if number == 7 else "")
        )
    sink = _line("app/dao/reports.py", "cur.execute(")

    def reported() -> dict[int, list[tuple[str, int]]]:
        outcome = start(root, write_targets(root, files), config).wait()
        assert outcome.status.ok, outcome.status.error
        rule = "trace.python.sql-injection.tainted-query"
        return _reported(outcome, rule, "app/dao/reports.py")

    # run() builds its query from `day`; count() converts it to a number first
    first = reported()
    assert list(first) == [sink]
    assert first[sink][0] == ("app/views/v7.py", 7)
    # another caller changes, with a slice of its own: v7 is cached, and not in the run's copy
    files["app/views/v3.py"] += '    print(request.args.get("x")[2:])\n'
    assert reported() == first


def test_a_linked_finding_never_shares_a_fingerprint_with_one_of_its_file(
    tmp_path: Path,
) -> None:
    """The same sink code twice in the model: reached from its own request data, and from
    the view's through a parameter. Two findings, two fingerprints."""
    model = (
        "from flask import request\n\n\n"
        "class Student:\n"
        "    @staticmethod\n"
        "    def mine(conn):\n"
        '        q = "SELECT * FROM s WHERE n = \'%s\'" % request.args["n"]\n'
        "        conn.cursor().execute(q)\n\n"
        "    @staticmethod\n"
        "    def create(conn, q):\n"
        "        conn.cursor().execute(q)\n"
    )
    views = (
        "from flask import request\nfrom app.dao.student import Student\n\n\n"
        "def add(conn):\n"
        '    q = "SELECT * FROM s WHERE n = \'%s\'" % request.form["n"]\n'
        "    Student.create(conn, q)\n"
    )
    files = {"app/views.py": views, "app/dao/student.py": model}
    found = start(tmp_path, write_targets(tmp_path, files), ScanConfig()).wait()
    rule = "trace.python.sql-injection.tainted-query"
    mine = [f for f in found.findings if f.rule_id == rule and "dao" in f.location.path]
    assert sorted(f.location.start_line for f in mine) == [8, 12]
    assert len({f.fingerprint for f in mine}) == 2


def test_links_split_into_groups_no_call_joins() -> None:
    rules = {str(r["id"]): r for r in bundled_rules(["python"])}
    home = "def save(cur, x):\n    cur.execute('DELETE FROM t WHERE k = ' + x)\n"
    caller = (
        "from flask import request\nfrom app import {m}\n\n"
        "def v(cur):\n    {m}.save(cur, request.args['x'])\n"
    )
    files = {
        "app/a.py": home,
        "app/b.py": home,
        "app/va.py": caller.format(m="a"),
        "app/va2.py": caller.format(m="a"),
        "app/vb.py": caller.format(m="b"),
    }
    links = find_links(sorted(files), rules, _read(files))
    groups = links.components()
    assert [sorted(g.texts) for g in groups] == [
        ["app/a.py", "app/va.py", "app/va2.py"],
        ["app/b.py", "app/vb.py"],
    ]
    assert Links.union(groups) == links


def test_a_file_between_links_its_callers_and_keeps_them_when_its_callee_is_reached() -> None:
    """The service is linked as a caller of the repository, with its own helper's parameters
    as sources; past CALLERS_IN_ONE_RUN, the controller's call to it is kept when the
    repository's parameter reaches a sink (``Links.reaching``), and dropped when not."""
    rules = {str(r["id"]): r for r in bundled_rules(["java"])}
    files = {
        "src/shop/web/OrderController.java": ORDER_CONTROLLER_JAVA,
        "src/shop/service/OrderService.java": ORDER_SERVICE_JAVA,
        "src/shop/data/OrderRepository.java": ORDER_REPOSITORY_JAVA,
    }
    rule = "trace.java.sql-injection.tainted-query"
    links = find_links(sorted(files), rules, _read(files))
    service = links.calls[rule]["src/shop/service/OrderService.java"]
    assert {(p.home, p.helper) for p in service} >= {
        ("", "search"),
        ("src/shop/data/OrderRepository.java", "findByTerm"),
    }
    assert len(links.components()) == 1
    reached = {("src/shop/data/OrderRepository.java", rule, "findByTerm", "term")}
    kept = links.reaching(reached).calls[rule]
    # (which of the service's helpers makes which call is not read: both are kept)
    assert ("src/shop/service/OrderService.java", "search") in {
        (p.home, p.helper) for p in kept["src/shop/web/OrderController.java"]
    }
    assert ("", "search") in {
        (p.home, p.helper) for p in kept["src/shop/service/OrderService.java"]
    }
    assert not links.reaching(set())
    # the controller calls only a helper of the service that hands nothing on: the service's
    # search is called by no one, so it is no file between
    other = {
        **files,
        "src/shop/web/OrderController.java": ORDER_CONTROLLER_JAVA.replace(
            "orders.search(", "orders.count("
        ).replace("orders.sorted(", "orders.count("),
        "src/shop/service/OrderService.java": ORDER_SERVICE_JAVA.replace(
            "    public ResultSet sorted(",
            "    public int count(String term) {\n        return term.length();\n    }\n\n"
            "    public ResultSet sorted(",
        ),
    }
    assert rule not in find_links(sorted(other), rules, _read(other)).calls
    # a helper holding the rule's sources never hands its parameters on: its chains from the
    # request data would compete with those from its own parameters (`sorted` beside it
    # still may)
    files["src/shop/service/OrderService.java"] = ORDER_SERVICE_JAVA.replace(
        "term.trim()", 'term.trim() + ((HttpServletRequest) context).getParameter("x")'
    )
    links = find_links(sorted(files), rules, _read(files))
    own = {p.helper for p in links.calls[rule]["src/shop/service/OrderService.java"] if not p.home}
    assert "search" not in own
    # ... and a file holding a word of one clause only does not hold them: `getParameter` of
    # something that is not the servlet request
    files["src/shop/service/OrderService.java"] = ORDER_SERVICE_JAVA.replace(
        "term.trim()", 'term.trim() + settings.getParameter("x")'
    )
    links = find_links(sorted(files), rules, _read(files))
    assert ("", "search") in {
        (p.home, p.helper) for p in links.calls[rule]["src/shop/service/OrderService.java"]
    }


@pytest.mark.parametrize("pack", ["python", "javascript", "java", "go", "csharp", "php"])
def test_every_taint_rules_sources_name_words_a_file_must_hold(pack: str) -> None:
    """A source alternative that needs no particular word (`@$VERB` with a regex of
    qualified names, `requests.$M(...)`) makes every file seem to read request data; a
    service between a controller and a repository then never hands its parameters on, and
    the chains through it are lost (helper_links: a file between)."""
    needs_none = [
        str(rule["id"])
        for rule in bundled_rules([pack])
        if rule.get("mode") == "taint" and Words.of(rule).source_needs is None
    ]
    assert needs_none == []


# the taint rules whose sinks name no word a helper must hold, nor one their context must:
# the prefilter falls back to every word their patterns mention (kept from growing: a sink
# written with a string regex, `"=~/.../"`, or with its method's name a metavariable, joins
# this list and takes most helpers of a large tree for ones that reach it)
_SINKS_WITHOUT_WORDS = {
    "trace.java.insecure-randomness.weak-random-for-secret",
    "trace.javascript.prototype-pollution.tainted-key",
    "trace.php.nosql-injection.mongodb-where",
    "trace.php.command-injection.tainted-command",
    "trace.php.code-injection.tainted-code",
    "trace.php.xss.tainted-echo",
    "trace.python.insecure-randomness.random-for-secret",
    "trace.python.archive-extraction.zip-slip",
}


def test_taint_rules_sinks_name_words_a_helper_must_hold() -> None:
    """BenchmarkJava: a Panache sink written `$E.$M($Q)` left the SQL rule's sinks without a
    word, and 1,205 calling files were linked instead of 227 (the run x1.25, no finding)."""
    found = set()
    for rule in bundled_rules(["python", "javascript", "java", "go", "csharp", "php"]):
        words = Words.of(rule)
        if rule.get("mode") == "taint" and words.sinks is None and words.sink_context is None:
            found.add(str(rule["id"]))
    assert found == _SINKS_WITHOUT_WORDS


@pytest.mark.parametrize(
    ("text", "sourced"),
    [
        ('name = options.get("name", "")\n', False),
        ("@bp.get('/permits')\ndef search(address):\n    return address\n", True),
        ("@router.post('/permits')\nasync def create(body: dict):\n    return body\n", True),
    ],
)
def test_a_route_decorators_name_is_needed_as_a_decorator(text: str, sourced: bool) -> None:
    """The sources that read a route's parameters need `@get`, `@post`, ... as decorators: a
    service calling `dict.get` reads no request data, and is a file between."""
    rule = {str(r["id"]): r for r in bundled_rules(["python"])}[
        "trace.python.sql-injection.tainted-query"
    ]
    assert Words.of(rule).sourced(words_of(text)) is sourced


@pytest.mark.parametrize(
    ("pack", "rule_id", "text", "sourced"),
    [
        # a service class is no Tornado handler: `class` is a keyword every module says
        (
            "python",
            "trace.python.sql-injection.tainted-query",
            "class PatientService:\n    def search(self, term):\n"
            "        return self.repository.search_by_name(term)\n",
            False,
        ),
        (
            "python",
            "trace.python.sql-injection.tainted-query",
            "class BoardHandler(KioskHandler):\n    def get(self):\n"
            "        return self.get_argument('banner')\n",
            True,
        ),
        # Micronaut's `@Body` and `@Header` read the request on a route (`@Get`, `@Post`) only
        (
            "java",
            "trace.java.sql-injection.tainted-query",
            "class Relay {\n  public String relay(@Body Probe probe, @Header String lane) {\n"
            "    return service.run(probe, lane);\n  }\n}\n",
            False,
        ),
        (
            "java",
            "trace.java.sql-injection.tainted-query",
            '@Controller("/p")\nclass Probes {\n  @Post("/run")\n'
            "  public String run(@Body Probe probe) {\n    return service.run(probe);\n  }\n}\n",
            True,
        ),
    ],
)
def test_a_source_needs_its_framework_words_not_a_keyword(
    pack: str, rule_id: str, text: str, sourced: bool
) -> None:
    """A source alternative whose only word was `class` (a Tornado handler deriving from the
    project's own base) made every Python file with a class read request data: no service
    was a file between, and the chains through them were lost."""
    rule = {str(r["id"]): r for r in bundled_rules([pack])}[rule_id]
    assert Words.of(rule).sourced(words_of(text)) is sourced


def test_python_parameters_are_read_by_position_keyword_and_annotation() -> None:
    """Before a `*parts` a parameter keeps its position, after it it is passed by keyword (-1);
    the starred ones and those annotated as numbers, flags or dates carry no taint."""
    text = (
        "def contained_path(root, *parts, strict=False, mode: str = 'r'):\n    return root\n\n"
        "class Repo:\n    def in_district(self, district: int, name: str, when: date | None):\n"
        "        return name\n"
    )
    language = language_of("x.py")
    assert language is not None
    found = helpers_of(text, language, called_here=False)
    assert [(p.name, p.index) for p in found["contained_path"].parameters] == [
        ("root", 0),
        ("strict", -1),
        ("mode", -1),
    ]
    assert [(p.name, p.index) for p in found["in_district"].parameters] == [("name", 1)]


@pytest.mark.parametrize(
    ("text", "sourced"),
    [
        (
            "@Injectable()\nexport class BoxOfficeService {\n"
            "  listHolds(eventId: number, section: string) {\n"
            "    return this.holds.findBySection(eventId, section);\n  }\n}\n",
            False,
        ),
        (
            "'use server';\n\nexport async function renameVenue(name: string) {\n"
            "  return db.query(`UPDATE venues SET name = '${name}'`);\n}\n",
            True,
        ),
    ],
)
def test_a_javascript_module_exporting_a_class_reads_no_request_data(
    text: str, sourced: bool
) -> None:
    """Every module says `export`: a Next.js server action's parameters are request data
    only in a module (or function) that says 'use server'."""
    rule = {str(r["id"]): r for r in bundled_rules(["javascript"])}[
        "trace.javascript.sql-injection.tainted-query"
    ]
    assert Words.of(rule).sourced(words_of(text)) is sourced


def test_a_go_service_taking_a_context_reads_no_request_data() -> None:
    """`func (s *Service) Overtime(ctx context.Context, minHours string)` names `Context`,
    as every gin handler's `*gin.Context` does: a gin source needs `gin`."""
    rule = {str(r["id"]): r for r in bundled_rules(["go"])}["trace.go.sql-injection.tainted-query"]
    service = (
        'package service\n\nimport "context"\n\n'
        "func (s *Service) Overtime(ctx context.Context, minHours string) error {\n"
        "\treturn s.audit.Overtime(ctx, minHours)\n}\n"
    )
    handler = (
        'package api\n\nimport "github.com/gin-gonic/gin"\n\n'
        'func (h *Handlers) Overtime(c *gin.Context) {\n\th.S.Overtime(c, c.Query("h"))\n}\n'
    )
    words = Words.of(rule)
    assert not words.sourced(words_of(service))
    assert words.sourced(words_of(handler))


@pytest.mark.parametrize(
    ("path", "text", "names"),
    [
        (
            "Data/Reservations.cs",
            "class Reservations {\n  public Task<int> CancelAsync(IReadOnlyCollection<int> ids, "
            "Guid[] keys, string note) { return db.Run(note); }\n}\n",
            ["note"],
        ),
        (
            "Reservations.java",
            "class Reservations {\n  int cancel(List<Long> ids, int[] seats, String note) "
            "{ return db.run(note); }\n}\n",
            ["note"],
        ),
        (
            "reservations.go",
            "package store\n\nfunc Cancel(ids []int64, note string) error { return run(note) }\n",
            ["note"],
        ),
    ],
)
def test_a_collection_of_numbers_carries_no_taint(path: str, text: str, names: list[str]) -> None:
    """`IN (1,2,3)` built from `IReadOnlyCollection<int>` holds numbers only."""
    language = language_of(path)
    assert language is not None
    found = helpers_of(text, language, called_here=False)
    assert [p.name for helper in found.values() for p in helper.parameters] == names


@pytest.mark.parametrize(
    ("imports", "call", "linked"),
    [
        ("import { findUser } from './users.service';", "findUser", True),
        ("import * as users from './users.service';", "users.findUser", True),
        ("const users = require('./users.service.js');", "users.findUser", True),
        ("import { findUser } from './users.cache';", "findUser", False),
        ("import * as users from './users.cache';", "users.findUser", False),
    ],
)
def test_a_module_whose_name_holds_a_dot_is_named_by_its_import_path(
    imports: str, call: str, linked: bool
) -> None:
    """`users.service.ts` (NestJS and Angular name files so) is the module "./users.service";
    its words alone (`users`, `service`) would not name it. (TypeScript shares the JavaScript
    pack.)"""
    rules = {str(r["id"]): r for r in bundled_rules(["javascript"])}
    files = {
        "src/users/users.service.ts": "export function findUser(db: Db, name: string) {\n"
        '  return db.query("SELECT * FROM users WHERE name = \'" + name + "\'");\n}\n',
        "src/users/users.controller.ts": f"{imports}\n"
        f"app.get('/u', (req, res) => {call}(db, req.query.name));\n",
    }
    links = find_links(sorted(files), rules, _read(files))
    called = links.calls.get("trace.javascript.sql-injection.tainted-query", {})
    homes = {p.home for p in called.get("src/users/users.controller.ts", ())}
    assert homes == ({"src/users/users.service.ts"} if linked else set())


@pytest.mark.parametrize(
    "signature",
    [
        "export async function topTracks(q: TrackQuery): Promise<{ id: string; n: number }[]> {",
        "export function topTracks(q: TrackQuery): { rows: Row[] } | null {",
        "async function topTracks(q: TrackQuery): Promise<Array<{ id: string }>> {",
        "export function topTracks(q: TrackQuery) {",
    ],
)
def test_a_typescript_return_type_holding_braces_is_not_the_body(signature: str) -> None:
    """The helper's words come from its body, past a return type's object types: a sink
    word there (`orderByRaw`) makes it a helper a caller's taint is followed into."""
    text = f"{signature}\n  return knex('plays').orderByRaw(`${{q.sortBy}} desc`);\n}}\n"
    helpers = helpers_of(text, language_of("plays.ts"), called_here=False)
    assert "orderByRaw" in helpers["topTracks"].words


@pytest.mark.parametrize(
    ("text", "sourced"),
    [
        # a service's own request value, of a type the file declares, reading its fields
        (
            "export interface ExportRequest { artistId: string; period: string }\n\n"
            "export async function exportCsv(req: ExportRequest) {\n"
            "  const file = `${req.artistId}-${req.period}.csv`;\n"
            "  return { file, text: await runExport(req.period) };\n}\n",
            False,
        ),
        # the framework's request, typed or not, or a type that extends it
        ("router.get('/x', (req: Request, res: Response) => res.send(req.query.file));\n", True),
        ("router.get('/x', (req, res) => res.send(req.query.file));\n", True),
        (
            "interface AuthedRequest extends Request { user: string }\n"
            "export function show(req: AuthedRequest) { return req.body.file; }\n",
            True,
        ),
        # handed on whole: what it is, is not known here
        (
            "interface ExportRequest { period: string }\n"
            "export function exportCsv(req: ExportRequest) { return queue.file(req); }\n",
            True,
        ),
        # Koa's context (`ctx.request.body`) names no `req`
        ("router.post('/x', async (ctx) => { ctx.body = await run(ctx.request.body); });\n", True),
    ],
)
def test_a_parameter_named_req_of_the_files_own_type_is_no_request(
    text: str, sourced: bool
) -> None:
    """`exportCsv(req: ExportRequest)` reads fields of the service's own value: the file reads
    no request data, so it is a file between. The words a source needs come from its whole
    qualifier (`^(req|request|ctx\\.request|ctx)$`), not from its attribute alone: a file
    that merely holds `file` or `text` reads none."""
    rule = {str(r["id"]): r for r in bundled_rules(["javascript"])}[
        "trace.javascript.command-injection.tainted-shell-command"
    ]
    assert Words.of(rule).sourced(words_of(text)) is sourced


@pytest.mark.parametrize(
    ("files", "home"),
    [
        (
            {
                "handler/rings.go": "package handler\n\n"
                'import (\n\t"encoding/json"\n\t"net/http"\n\n'
                '\t"example.com/app/logic"\n)\n\n'
                "func CreateRing(w http.ResponseWriter, r *http.Request) {\n"
                "\tvar req logic.RingReq\n"
                "\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n"
                "\t\treturn\n\t}\n"
                "\tl := logic.NewRingLogic()\n"
                "\tl.CreateRing(&req)\n}\n",
                "logic/rings.go": "package logic\n\n"
                'import "example.com/app/client"\n\n'
                "type RingReq struct {\n\tPhotoURL string\n}\n\n"
                "type RingLogic struct{}\n\n"
                "func NewRingLogic() *RingLogic { return &RingLogic{} }\n\n"
                "func (l *RingLogic) CreateRing(req *RingReq) {\n"
                "\tl.archivePhoto({argument})\n}\n\n"
                "func (l *RingLogic) archivePhoto(src string) {\n"
                "\tclient.FetchImage(src)\n}\n",
                "client/images.go": "package client\n\n"
                'import "net/http"\n\n'
                "func FetchImage(src string) {\n\thttp.Get(src)\n}\n",
            },
            "client/images.go",
        ),
        (
            {
                "app/views.py": "from flask import request\n"
                "from app.services.rings import RingService\n\n\n"
                "def create_ring():\n"
                '    RingService().create(request.json["photo_url"])\n',
                "app/services/rings.py": "from app.clients import images\n\n\n"
                "class RingService:\n"
                "    def create(self, photo_url):\n"
                "        self._archive({argument})\n\n"
                "    def _archive(self, src):\n"
                "        images.fetch_image(src)\n",
                "app/clients/images.py": "import requests\n\n\n"
                "def fetch_image(src):\n"
                "    return requests.get(src, timeout=5)\n",
            },
            "app/clients/images.py",
        ),
    ],
    ids=["go", "python"],
)
def test_a_file_between_hands_a_value_on_through_a_helper_of_its_own(
    tmp_path: Path, files: dict[str, str], home: str
) -> None:
    """A logic method handed the request by a handler calls a helper of its own file
    (`l.archivePhoto(src)`), which calls a client of a third file: the chain is followed
    through both. A constant handed to the own helper carries nothing."""
    language = "go" if home.endswith(".go") else "python"
    rule = f"trace.{language}.ssrf.tainted-url"
    field = "req.PhotoURL" if language == "go" else "photo_url"
    constant = '"https://images.example.org/a.png"'
    for argument, expected in ((field, True), (constant, False)):
        root = tmp_path / ("tainted" if expected else "constant")
        written = {path: text.replace("{argument}", argument) for path, text in files.items()}
        found = start(root, write_targets(root, written), ScanConfig()).wait()
        assert found.status.ok, found.status.error
        assert bool(_reported(found, rule, home)) is expected, argument


GO_SERVICE_CONTEXT = {
    "handler/tides.go": "package handler\n\n"
    'import (\n\t"encoding/json"\n\t"net/http"\n\n'
    '\t"example.com/app/logic"\n\t"example.com/app/svc"\n)\n\n'
    "func TidesHandler(ctx *svc.ServiceContext) http.HandlerFunc {\n"
    "\treturn func(w http.ResponseWriter, r *http.Request) {\n"
    "\t\tvar req logic.TideReq\n"
    "\t\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n"
    "\t\t\treturn\n\t\t}\n"
    "\t\tlogic.NewTripLogic(ctx).Tides(&req)\n\t}\n}\n",
    "logic/trips.go": "package logic\n\n"
    'import "example.com/app/svc"\n\n'
    "type TideReq struct {\n\tFeed string\n}\n\n"
    "type TripLogic struct {\n\tsvcCtx *svc.ServiceContext\n}\n\n"
    "func NewTripLogic(c *svc.ServiceContext) *TripLogic { return &TripLogic{svcCtx: c} }\n\n"
    "func (l *TripLogic) Tides(req *TideReq) {\n"
    "\tl.svcCtx.Tides.FromFeed(req.Feed)\n}\n",
    "svc/context.go": "package svc\n\n"
    'import "example.com/app/client"\n\n'
    "type ServiceContext struct {\n"
    "\tTides *client.{type} // predictions\n"
    "}\n",
    "client/tides.go": "package client\n\n"
    'import "net/http"\n\n'
    "type TidesClient struct{}\n\n"
    "func (c *TidesClient) FromFeed(feed string) {\n\thttp.Get(feed)\n}\n",
    "client/cache.go": "package client\n\n"
    "type TideCache struct{}\n\n"
    "func (c *TideCache) FromFeed(feed string) {}\n",
}


def test_a_go_call_on_another_packages_struct_field_reaches_the_fields_type(
    tmp_path: Path,
) -> None:
    """go-zero's service context: `l.svcCtx.Tides.FromFeed(...)` in a logic package calls the
    type the `svc` package declares the exported field `Tides` with. A field of another type
    reaches nothing."""
    rule = "trace.go.ssrf.tainted-url"
    for declared, expected in (("TidesClient", True), ("TideCache", False)):
        root = tmp_path / declared
        written = {p: t.replace("{type}", declared) for p, t in GO_SERVICE_CONTEXT.items()}
        found = start(root, write_targets(root, written), ScanConfig()).wait()
        assert found.status.ok, found.status.error
        assert bool(_reported(found, rule, "client/tides.go")) is expected, declared


QUERY_FACADE = {
    "app/db.py": "from sqlalchemy import text\n\n\n"
    "class Database:\n"
    "    def __init__(self, engine):\n        self.engine = engine\n\n"
    "    def query(self, sql, **params):\n"
    "        with self.engine.connect() as conn:\n"
    "            return conn.execute(text(sql), params).fetchall()\n",
    "app/repos.py": "from app.db import Database\n\n\n"
    "class PartsRepository:\n"
    "    def __init__(self, db: Database):\n        self.db = db\n\n"
    "    def by_sort(self, sort):\n"
    '        return self.db.query(f"SELECT * FROM parts ORDER BY {sort}")\n\n'
    "    def by_name(self, name):\n"
    '        return self.db.query("SELECT * FROM parts WHERE name = \'" + name + "\'")\n\n'
    "    def by_clause(self, clause):\n"
    "        return self.db.query(clause)\n",
    "app/exports.py": "import subprocess\n\n\n"
    "def _run(cmd):\n"
    "    return subprocess.run(cmd, shell=True)\n\n\n"
    "def export(period):\n"
    '    return _run(f"export --period {period}")\n',
    "app/views.py": "from flask import request\n"
    "from app import exports\n"
    "from app.repos import PartsRepository\n\n\n"
    "def parts(repo: PartsRepository):\n"
    '    repo.by_sort(request.args["sort"])\n'
    '    repo.by_name(request.args["name"])\n'
    '    repo.by_clause(request.args["where"])\n'
    '    exports.export(request.args["period"])\n',
}


def test_queries_built_by_callers_of_a_driver_wrapper_are_each_a_finding(
    tmp_path: Path,
) -> None:
    """`Database.query(sql)` hands its parameter to the driver as it is: each repository
    method that builds the query from request data is a flaw of its own, reported where it
    builds it, with its trace from the view. A query handed on as it is (`by_clause`) is
    reported at the wrapper's sink, once, and so is a command built for a runner of the
    builder's own file."""
    found = start(tmp_path, write_targets(tmp_path, QUERY_FACADE), ScanConfig()).wait()
    assert found.status.ok, found.status.error
    rule = "trace.python.sql-injection.tainted-query"
    repos = _reported(found, rule, "app/repos.py")
    by_sort = line_of(QUERY_FACADE["app/repos.py"], "ORDER BY {sort}")
    by_name = line_of(QUERY_FACADE["app/repos.py"], "WHERE name =")
    assert sorted(repos) == [by_sort, by_name]
    views = QUERY_FACADE["app/views.py"]
    assert ("app/views.py", line_of(views, "repo.by_sort(")) in repos[by_sort]
    assert ("app/views.py", line_of(views, "repo.by_name(")) in repos[by_name]
    wrapper = _reported(found, rule, "app/db.py")
    assert list(wrapper) == [line_of(QUERY_FACADE["app/db.py"], "conn.execute(text(sql)")]
    # a runner of the builder's own file is part of its flaw: reported at its sink
    shell = _reported(
        found, "trace.python.command-injection.tainted-shell-command", "app/exports.py"
    )
    assert list(shell) == [line_of(QUERY_FACADE["app/exports.py"], "subprocess.run(")]
