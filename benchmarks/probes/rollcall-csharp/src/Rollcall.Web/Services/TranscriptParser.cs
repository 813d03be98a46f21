using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Rollcall.Web.Models;

namespace Rollcall.Web.Services;

/// <summary>Reads SIF-style student transcripts sent by other districts.</summary>
public sealed class TranscriptParser
{
    public Transcript Parse(string xml, string sourceDistrict)
    {
        // Older state exports declare their character entities in an external DTD.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = new XmlUrlResolver(),
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };

        using var reader = XmlReader.Create(new StringReader(xml), settings); // VULN xxe
        var document = XDocument.Load(reader);
        var root = document.Root ?? throw new FormatException("Transcript has no root element.");

        var transcript = new Transcript
        {
            StudentNumber = (string?)root.Element("StudentPersonal")?.Element("LocalId") ?? string.Empty,
            SourceDistrict = sourceDistrict,
        };

        foreach (var course in root.Descendants("CourseTaken"))
        {
            transcript.Courses.Add(new TranscriptCourse(
                (string?)course.Element("CourseCode") ?? string.Empty,
                (string?)course.Element("CourseTitle") ?? string.Empty,
                (string?)course.Element("Term") ?? string.Empty,
                (string?)course.Element("Mark") ?? string.Empty,
                decimal.TryParse((string?)course.Element("CreditsEarned"), NumberStyles.Number, CultureInfo.InvariantCulture, out var credits) ? credits : 0m));
        }

        return transcript;
    }

    public static IEnumerable<Grade> ToGrades(Transcript transcript) =>
        transcript.Courses.Select(c => new Grade
        {
            Term = c.Term,
            Component = "transfer",
            Score = MarkToPercentage(c.Mark),
            MaxScore = 100m,
            Comment = $"{c.Code} {c.Title} ({transcript.SourceDistrict})",
        });

    private static decimal MarkToPercentage(string mark) => mark.Trim().ToUpperInvariant() switch
    {
        "A" or "A+" => 95m,
        "A-" => 91m,
        "B+" => 88m,
        "B" => 85m,
        "B-" => 81m,
        "C+" => 78m,
        "C" => 75m,
        "C-" => 71m,
        "D" => 65m,
        _ => decimal.TryParse(mark, NumberStyles.Number, CultureInfo.InvariantCulture, out var numeric) ? numeric : 0m,
    };
}
