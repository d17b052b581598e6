using CourtProcurement.Domain.Common;

namespace CourtProcurement.Domain.Procurement;

/// <summary>
/// A verified organization's question about a published need. Everyone sees the question and the answer;
/// only the court knows who asked (<see cref="AskedByOrganizationId"/> is never shown to other bidders).
/// </summary>
public sealed class Clarification : Entity
{
    private Clarification()
    {
        Question = string.Empty;
    }

    public Guid NeedId { get; private set; }

    public Guid AskedByOrganizationId { get; private set; }

    public string Question { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    public string? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    internal static Clarification Ask(Guid needId, Guid organizationId, string question, DateTimeOffset now) => new()
    {
        NeedId = needId,
        AskedByOrganizationId = organizationId,
        Question = Guard.Required(question, "Clarification.QuestionRequired", 2000),
        AskedAt = now,
    };

    internal void Respond(string answer, DateTimeOffset now)
    {
        if (Answer is not null)
        {
            throw new DomainException("Clarification.AlreadyAnswered");
        }

        Answer = Guard.Required(answer, "Clarification.AnswerRequired", 4000);
        AnsweredAt = now;
    }
}

/// <summary>A change to a published need, published to everyone; it may move the deadline.</summary>
public sealed class Amendment : Entity
{
    private Amendment()
    {
        Summary = string.Empty;
    }

    public Guid NeedId { get; private set; }

    public string Summary { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public DateTimeOffset DeadlineBefore { get; private set; }

    public DateTimeOffset DeadlineAfter { get; private set; }

    internal static Amendment Create(Guid needId, string summary, DateTimeOffset now, DateTimeOffset before, DateTimeOffset after) => new()
    {
        NeedId = needId,
        Summary = Guard.Required(summary, "Amendment.SummaryRequired", 4000),
        PublishedAt = now,
        DeadlineBefore = before,
        DeadlineAfter = after,
    };
}

/// <summary>One official's confirmation of the opening (开标), when the court asks for two.</summary>
public sealed class OpeningConfirmation : Entity
{
    private OpeningConfirmation()
    {
        UserId = string.Empty;
        UserName = string.Empty;
    }

    public Guid NeedId { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    internal static OpeningConfirmation Create(Guid needId, string userId, string userName, DateTimeOffset now)
        => new() { NeedId = needId, UserId = userId, UserName = userName, ConfirmedAt = now };
}

/// <summary>A judge or staff member of the court on the need's evaluation panel.</summary>
public sealed class PanelMember : Entity
{
    private PanelMember()
    {
        UserId = string.Empty;
        DisplayName = string.Empty;
    }

    public Guid NeedId { get; private set; }

    public string UserId { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>When the member declared no conflict of interest with any bidder; before that they see no bid.</summary>
    public DateTimeOffset? DeclaredNoConflictAt { get; private set; }

    public bool HasDeclared => DeclaredNoConflictAt is not null;

    internal static PanelMember Create(Guid needId, string userId, string displayName)
        => new() { NeedId = needId, UserId = userId, DisplayName = displayName };

    internal void Declare(DateTimeOffset now)
    {
        if (HasDeclared)
        {
            throw new DomainException("Panel.AlreadyDeclared");
        }

        DeclaredNoConflictAt = now;
    }
}

/// <summary>A document of the notice (招标/采购文件), published with it and read by everyone who sees the notice.</summary>
public sealed class NeedDocument : Entity
{
    private NeedDocument()
    {
        FileKey = string.Empty;
        FileName = string.Empty;
        ContentType = string.Empty;
    }

    public Guid NeedId { get; private set; }

    public string FileKey { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public static NeedDocument Create(Guid needId, string fileKey, string fileName, string contentType, long length, DateTimeOffset now) => new()
    {
        NeedId = needId,
        FileKey = fileKey,
        FileName = Guard.Required(Path.GetFileName(fileName), "Document.FileRequired", 200),
        ContentType = contentType,
        Length = length,
        UploadedAt = now,
    };
}
