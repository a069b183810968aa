using System.Xml.Linq;
using Attendance.App.Storage;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Attendance.App.Security;

/// <summary>
/// Keeps ASP.NET Core's data-protection key ring in the store, shared by every node. The keys are
/// stored unencrypted: whoever can read the store can forge cookies, so the store is as sensitive as
/// the keys (it holds the audit log and users anyway). The store is looked up at the first key access,
/// not when the pipeline is built, so that a bad store setting is reported by the settings check.
/// </summary>
internal sealed class StoreXmlRepository(Func<Store> getStore) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = getStore().Open();
        return connection.Query<string>("SELECT xml FROM data_protection_keys").Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = getStore().Open();
        connection.Execute("INSERT INTO data_protection_keys (name, xml) VALUES (@name, @xml)",
            new { name = string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
