using System.Text.Json.Nodes;

namespace CourtProcurement.Application.OpenData;

/// <summary>
/// The OCDS merge rules for a compiled release: releases in date order; objects merge field by field;
/// arrays of objects that all have an "id" merge item by item on it (identifier merge); any other array
/// and any other value is replaced by the later one; a null removes the field.
/// </summary>
public static class OcdsMerge
{
    public static JsonObject Compile(string ocid, IEnumerable<JsonObject> releasesInOrder)
    {
        ArgumentNullException.ThrowIfNull(releasesInOrder);
        var compiled = new JsonObject();
        string? lastDate = null;
        foreach (var release in releasesInOrder)
        {
            MergeInto(compiled, release);
            lastDate = release["date"]?.GetValue<string>() ?? lastDate;
        }

        compiled["ocid"] = ocid;
        compiled["id"] = $"{ocid}-compiled";
        compiled["date"] = lastDate;
        compiled["tag"] = new JsonArray("compiled");
        return compiled;
    }

    private static void MergeInto(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject obj && target[name] is JsonObject existing)
            {
                MergeInto(existing, obj);
            }
            else if (value is JsonArray array && target[name] is JsonArray existingArray && IsIdentified(array) && IsIdentified(existingArray))
            {
                foreach (var item in array.Cast<JsonObject>())
                {
                    var id = item["id"]!.ToJsonString();
                    if (existingArray.Cast<JsonObject>().FirstOrDefault(e => e["id"]!.ToJsonString() == id) is { } match)
                    {
                        MergeInto(match, item);
                    }
                    else
                    {
                        existingArray.Add(item.DeepClone());
                    }
                }
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }

    private static bool IsIdentified(JsonArray array) => array.Count > 0 && array.All(i => i is JsonObject o && o["id"] is not null);
}
