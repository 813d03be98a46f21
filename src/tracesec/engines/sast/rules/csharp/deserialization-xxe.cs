using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;
using System.Xml;
using Newtonsoft.Json;

public class Importer
{
    public object Load(Stream body)
    {
        var formatter = new BinaryFormatter();
        // ruleid: trace.csharp.deserialization.binary-formatter
        return formatter.Deserialize(body);
    }

    public Invoice LoadJson(Stream body)
    {
        // ok: trace.csharp.deserialization.binary-formatter
        return System.Text.Json.JsonSerializer.Deserialize<Invoice>(body);
    }

    public object Drafts(string json)
    {
        // ruleid: trace.csharp.deserialization.binary-formatter
        var all = JsonConvert.DeserializeObject<List<Draft>>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All });
        // ok: trace.csharp.deserialization.binary-formatter
        var none = JsonConvert.DeserializeObject<Draft>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
        return all;
    }

    // settings kept in a field: reported where they are given the data
    private static readonly JsonSerializerSettings InternalSettings = new()
    {
        TypeNameHandling = TypeNameHandling.None
    };
    private static readonly JsonSerializerSettings PartnerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        MaxDepth = 32
    };

    public Envelope Partner(string body) =>
        // ruleid: trace.csharp.deserialization.binary-formatter
        JsonConvert.DeserializeObject<Envelope>(body, PartnerSettings);

    public Draft Internal(string body) =>
        // ok: trace.csharp.deserialization.binary-formatter
        JsonConvert.DeserializeObject<Draft>(body, InternalSettings);

    public object Local(string body)
    {
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Objects };
        // ruleid: trace.csharp.deserialization.binary-formatter
        var loaded = JsonConvert.DeserializeObject<Draft>(body, settings);
        return loaded;
    }

    public void Xml(Stream xml)
    {
        // ruleid: trace.csharp.xxe.dtd-resolution-enabled
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        // ok: trace.csharp.xxe.dtd-resolution-enabled
        var safe = new XmlDocument { XmlResolver = null };
        // ruleid: trace.csharp.xxe.dtd-resolution-enabled
        using var reader = new XmlTextReader(xml) { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        // ok: trace.csharp.xxe.dtd-resolution-enabled
        using var r2 = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var settings = new XmlReaderSettings();
        // ruleid: trace.csharp.xxe.dtd-resolution-enabled
        settings.DtdProcessing = DtdProcessing.Parse;
        // ok: trace.csharp.xxe.dtd-resolution-enabled
        settings.DtdProcessing = DtdProcessing.Ignore;
    }

    public void XmlSettingsOverLines(Stream xml)
    {
        // an initializer over several lines is reported at its DtdProcessing setting, once
        var settings = new XmlReaderSettings
        {
            // ruleid: trace.csharp.xxe.dtd-resolution-enabled
            DtdProcessing = DtdProcessing.Parse,
            // ok: trace.csharp.xxe.dtd-resolution-enabled
            XmlResolver = new XmlUrlResolver(),
            IgnoreWhitespace = true
        };
        var document = new XmlDocument
        {
            PreserveWhitespace = true,
            // ruleid: trace.csharp.xxe.dtd-resolution-enabled
            XmlResolver = new XmlUrlResolver()
        };
    }
}

public class SettingsOnly
{
    // settings given to no deserialization here: reported at the setting
    // ruleid: trace.csharp.deserialization.binary-formatter
    public static readonly JsonSerializerSettings Shared = new() { TypeNameHandling = TypeNameHandling.All };
}

public class Hl7Reader
{
    public XmlDocument ParseInbound(string xml)
    {
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver(), PreserveWhitespace = false };
        // ruleid: trace.csharp.xxe.dtd-resolution-enabled
        doc.LoadXml(xml);
        return doc;
    }

    public XPathDocument ParseInstrument(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver(), IgnoreComments = true };
        // ruleid: trace.csharp.xxe.dtd-resolution-enabled
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return new XPathDocument(reader);
    }

    public XmlDocument ParseSafely(string xml)
    {
        var doc = new XmlDocument { XmlResolver = null };
        // ok: trace.csharp.xxe.dtd-resolution-enabled
        doc.LoadXml(xml);
        return doc;
    }
}
