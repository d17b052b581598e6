using System.Text;
using CourtProcurement.Application.Files;

namespace CourtProcurement.Application.Tests.Files;

public sealed class FileTypesTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, FileTypes.Pdf)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 }, FileTypes.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, FileTypes.Png)]
    public void Accepted_types_are_recognized_by_their_first_bytes(byte[] header, string type)
        => Assert.Equal(type, FileTypes.Detect(header));

    [Theory]
    [InlineData("MZ\u0090\0\u0003\0\0\0")] // a Windows program, whatever its name says
    [InlineData("<html><script>")]
    [InlineData("%PD")]
    [InlineData("")]
    public void Anything_else_is_not_accepted(string start)
        => Assert.Null(FileTypes.Detect(Encoding.Latin1.GetBytes(start)));
}
